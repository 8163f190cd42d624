package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HotSpot's own SIGSEGV (implicit null checks in compiled code) with Go loaded and busy: Go's
 * handler, installed over the JVM's, hands every fault outside Go code back to it.
 */
class JavaSignalsTest {
    // docs:begin npe
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void javaNullPointerExceptionsStayJavaWhileGoIsBusy(String binding, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "npe-storm");
        assertTrue(run.survived(), run.output());
        assertEquals("over a million", run.value("null pointer exceptions caught"), run.output());
        assertEquals("at least one per goroutine", run.value("go rounds"), run.output());
    }
    // docs:end npe

    // docs:begin npe-signals
    /**
     * The same storm with the kernel counting the SIGSEGVs it delivers to the JVM (perf's
     * signal:signal_deliver tracepoint): the first null checks fault, and each fault passes through
     * Go's handler to the JVM's; once C2 has compiled the loop, it tests for null and no signal comes.
     */
    @Test
    @Tag("heavy") // it tests the JVM's signals, not memory
    @EnabledOnOs(OS.LINUX) // perf
    void javasFirstNullChecksFaultThroughGosHandlerThenCompiledCodeTestsForNull(@TempDir Path dir) throws Exception {
        Path counts = dir.resolve("perf.csv");
        List<String> perf = List.of("perf", "stat", "-x,", "-o", counts.toString(), "-e", "signal:signal_deliver",
                "--filter", "sig == 11", "--");
        assumeTrue(perfCounts(perf, counts, dir), "perf cannot count signal:signal_deliver here");
        ScenarioRun run = ScenarioRun.runUnder(perf, dir, List.of(), "ffm", "npe-storm");
        assertTrue(run.survived(), run.output());
        assertEquals("over a million", run.value("null pointer exceptions caught"), run.output());
        long segvs = perfCount(counts);
        assertTrue(segvs >= 1_000, segvs + " SIGSEGVs");
        assertTrue(segvs < 100_000, segvs + " SIGSEGVs: most of the million exceptions should come from explicit tests");
        // Without C2, every null check stays implicit: each exception is a fault.
        ScenarioRun c1 = ScenarioRun.runUnder(perf, dir, List.of("-XX:TieredStopAtLevel=1"), "ffm", "npe-storm", "200000");
        long thrown = Long.parseLong(c1.value("null pointer exceptions"));
        assertTrue(thrown >= 200_000, c1.output());
        assertTrue(perfCount(counts) >= thrown, perfCount(counts) + " SIGSEGVs with C1 alone, for " + thrown + " exceptions");
    }
    // docs:end npe-signals

    /** Whether {@code perf}, writing to {@code counts}, can count over {@code true} here: installed and allowed to trace. */
    static boolean perfCounts(List<String> perf, Path counts, Path dir) throws InterruptedException {
        List<String> command = new ArrayList<>(perf);
        command.add("true");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("perf-check.txt").toFile()).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && perfCount(counts) >= 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The count in perf stat's CSV output (-x,): the first field of the event's line. */
    static long perfCount(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> l.contains("signal:signal_deliver"))
                .mapToLong(l -> Long.parseLong(l.substring(0, l.indexOf(',')))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no count in " + csv));
    }
}
