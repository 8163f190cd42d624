package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** GOMAXPROCS and GOMEMLIMIT beside -XX:ActiveProcessorCount and -Xmx, and the process's memory as the sum of both heaps. */
class LimitsTest {
    // docs:begin limits
    /** Each runtime takes its own settings only; against a run with neither, so no CPU count is assumed. */
    @Test
    void jvmFlagsDoNotReachGoAndGoEnvironmentDoesNotReachTheJvm(@TempDir Path dir) throws Exception {
        List<String> jvmFlags = List.of("-XX:ActiveProcessorCount=1", "-Xmx64m");
        Consumer<Map<String, String>> goEnvironment = env -> {
            env.put("GOMAXPROCS", "1");
            env.put("GOMEMLIMIT", "96MiB");
        };
        ScenarioRun plain = ScenarioRun.run(dir, "ffm", "view");
        ScenarioRun both = ScenarioRun.run(dir, jvmFlags, goEnvironment, "ffm", "view");
        assertTrue(both.survived(), both.output());
        assertEquals("1", both.value("go gomaxprocs"), both.output()); // from GOMAXPROCS
        assertEquals("1", both.value("java processors"), both.output()); // from -XX:ActiveProcessorCount
        assertEquals(Long.toString(96L << 20), both.value("go memory limit"), both.output()); // from GOMEMLIMIT
        assertTrue(Long.parseLong(both.value("java max heap")) <= 64L << 20, both.output()); // from -Xmx
        ScenarioRun flagsOnly = ScenarioRun.run(dir, jvmFlags, env -> {}, "ffm", "view");
        assertEquals(plain.value("go gomaxprocs"), flagsOnly.value("go gomaxprocs"), flagsOnly.output());
        assertEquals(Long.toString(Long.MAX_VALUE), flagsOnly.value("go memory limit"), flagsOnly.output());
        ScenarioRun goOnly = ScenarioRun.run(dir, List.of(), goEnvironment, "ffm", "view");
        assertEquals(plain.value("java processors"), goOnly.value("java processors"), goOnly.output());
        assertEquals(plain.value("java max heap"), goOnly.value("java max heap"), goOnly.output());
    }

    @Test
    @EnabledOnOs(OS.LINUX) // VmRSS from /proc/self/status
    void theProcessHoldsBothHeaps(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, List.of("-Xms16m", "-Xmx512m"), env -> {}, "ffm", "memory");
        assertTrue(run.survived(), run.output());
        long mib = 1L << 20;
        long before = Long.parseLong(run.value("rss before"));
        long java = Long.parseLong(run.value("rss java"));
        long both = Long.parseLong(run.value("rss java+go"));
        assertTrue(java - before >= 120 * mib, "128 MiB in Java: " + run.output());
        assertTrue(both - java >= 120 * mib, "then 128 MiB in Go: " + run.output());
        assertTrue(Long.parseLong(run.value("go heap objects")) >= 128 * mib, run.output());
    }
    // docs:end limits
}
