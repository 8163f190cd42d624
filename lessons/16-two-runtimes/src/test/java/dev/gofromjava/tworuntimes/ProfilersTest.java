package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** async-profiler over both runtimes, and Go's own CPU profiler (runtime/pprof) inside the JVM. */
@Tag("heavy")
class ProfilersTest {
    /** Where {@link #asyncProfilerSeesJavaAndGoInOneProfile} also writes its flame graph, when set. */
    static final String FLAME_OUT = "flame.out";

    // docs:begin async-profiler
    @Test
    @EnabledOnOs(OS.LINUX) // async-profiler's Linux agent
    void asyncProfilerSeesJavaAndGoInOneProfile(@TempDir Path dir) throws Exception {
        Path stacks = dir.resolve("profile.collapsed");
        String agent = "-agentpath:" + asyncProfiler(dir) + "=start,event=itimer,interval=1ms,collapsed,file=" + stacks;
        ScenarioRun run = ScenarioRun.run(dir, List.of(agent), env -> {}, "ffm", "mixed", "1500");
        assertTrue(run.survived(), run.output());
        List<String> lines = Files.readAllLines(stacks);
        assertTrue(lines.stream().anyMatch(l -> l.contains(";main.spin.func")), "no Go frames: " + lines.size() + " stacks");
        assertTrue(lines.stream().anyMatch(l -> l.contains("Scenario.mixed;") && l.contains("Scenario.javaWork")),
                "no Java frames of a Java thread");
        // Java run by Go's threads: its stacks start at the upcall stub, with no Go frame below it
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("upcall_stub;") && l.contains("Scenario.heavyPlusOne")),
                "no Java frames of an upcall");
        assertTrue(lines.stream().noneMatch(l -> l.contains("Scenario.heavyPlusOne") && !l.startsWith("upcall_stub;")),
                "an upcall's Java frames joined to Go frames");
        String out = System.getProperty(FLAME_OUT, dir.resolve("flame.svg").toString());
        FlameGraph.write(lines, Path.of(out), "lesson 16: Java and Go in one async-profiler profile (itimer, 1 ms)");
        assertTrue(Files.readString(Path.of(out)).contains("main.spin"));
    }
    // docs:end async-profiler

    /** No way of walking native stacks takes async-profiler from an upcall's Java frames down into Go's. */
    @ParameterizedTest
    @EnabledOnOs(OS.LINUX) // async-profiler's Linux agent
    @ValueSource(strings = {"vm", "vmx", "fp", "dwarf"})
    void noStackWalkingModeJoinsAnUpcallToItsGoCaller(String cstack, @TempDir Path dir) throws Exception {
        Path stacks = dir.resolve("profile.collapsed");
        String agent = "-agentpath:" + asyncProfiler(dir) + "=start,event=itimer,interval=1ms,cstack=" + cstack
                + ",collapsed,file=" + stacks;
        ScenarioRun run = ScenarioRun.run(dir, List.of(agent), env -> {}, "ffm", "mixed", "1000");
        assertTrue(run.survived(), run.output());
        List<String> upcalls = Files.readAllLines(stacks).stream().filter(l -> l.contains("Scenario.heavyPlusOne")).toList();
        assertTrue(!upcalls.isEmpty(), "no Java frames of an upcall");
        assertTrue(upcalls.stream().noneMatch(l -> l.contains(";main.") || l.startsWith("main.")), upcalls.toString());
    }

    // docs:begin pprof
    /**
     * Go's CPU profiler, started before and while Go calls Java from threads it keeps (upcallFor
     * unlocks each one): none of them ends, so nothing detaches them (ExitLockedTest).
     */
    @ParameterizedTest
    @ValueSource(strings = {"pprof", "pprof-while-upcalls"})
    void goCpuProfilerWhileGoCallsJava(String scenario, @TempDir Path dir) throws Exception {
        for (String binding : List.of("ffm", "jna")) {
            ScenarioRun run = ScenarioRun.run(dir, binding, scenario, dir.resolve("go.pprof").toString());
            assertTrue(run.survived(), run.output());
            assertEquals("some", run.value("upcalls"), run.output());
        }
    }

    /** The same while Go's threads spend most of their time in Java, inside the upcalls (FFM). */
    @Test
    void goCpuProfilerWhileGoThreadsRunJava(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "pprof-heavy-callbacks", dir.resolve("go.pprof").toString());
        assertTrue(run.survived(), run.output());
        assertEquals("some", run.value("upcalls"), run.output());
    }

    /** Go's profiler takes SIGPROF: async-profiler's itimer samples stop reaching it while Go's runs. */
    @Test
    @EnabledOnOs(OS.LINUX) // async-profiler's Linux agent
    void goCpuProfilerTakesSigprofFromAsyncProfiler(@TempDir Path dir) throws Exception {
        Path alone = dir.resolve("alone.collapsed");
        Path both = dir.resolve("both.collapsed");
        String agent = "-agentpath:" + asyncProfiler(dir) + "=start,event=itimer,interval=1ms,collapsed,file=";
        ScenarioRun first = ScenarioRun.run(dir, List.of(agent + alone), env -> {}, "ffm", "busy", "1500");
        ScenarioRun second = ScenarioRun.run(dir, List.of(agent + both), env -> {}, "ffm", "pprof", dir.resolve("go.pprof").toString());
        assertTrue(first.survived(), first.output());
        assertTrue(second.survived(), second.output());
        long goAlone = goSamples(alone);
        long goBoth = goSamples(both);
        assertTrue(goAlone > 20, "async-profiler alone saw " + goAlone + " samples in Go");
        assertTrue(goBoth * 4 < goAlone, "with Go's profiler on, async-profiler still saw " + goBoth + " of " + goAlone);
    }
    // docs:end pprof

    /**
     * The JVM ends, by System.exit or by main returning, with Go's profiler on and Go threads
     * calling Java: a shutdown hook sees their upcalls still arriving.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pprof-left-on-exit", "pprof-left-on-return"})
    void goCpuProfilerLeftOnWhenTheJvmEnds(String scenario, @TempDir Path dir) throws Exception {
        for (String binding : List.of("ffm", "jna")) {
            ScenarioRun run = ScenarioRun.run(dir, binding, scenario, dir.resolve("go.pprof").toString());
            assertTrue(run.survived(), run.output());
            assertEquals("running", run.value("upcalls as the JVM ended"), binding + ": " + run.output());
        }
    }

    /** Samples whose stack holds a frame of the lesson's Go code. */
    static long goSamples(Path collapsed) throws IOException {
        return Files.readAllLines(collapsed).stream().filter(l -> l.contains(";main."))
                .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** async-profiler's agent for this machine, taken out of its jar on the test class path. */
    static Path asyncProfiler(Path dir) throws IOException {
        String jar = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.contains("async-profiler")).findFirst()
                .orElseThrow(() -> new IllegalStateException("async-profiler is not on the test class path"));
        String arch = System.getProperty("os.arch").equals("aarch64") ? "linux-arm64" : "linux-x64";
        Path agent = dir.resolve("libasyncProfiler.so");
        try (ZipFile zip = new ZipFile(jar); InputStream in = zip.getInputStream(zip.getEntry(arch + "/libasyncProfiler.so"))) {
            Files.copy(in, agent, StandardCopyOption.REPLACE_EXISTING);
        }
        return agent;
    }
}
