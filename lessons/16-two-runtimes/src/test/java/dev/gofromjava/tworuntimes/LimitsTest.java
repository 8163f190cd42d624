package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GOMAXPROCS beside the JVM's processor count, GOMEMLIMIT beside -Xmx, and the process's memory as the sum of both heaps. */
class LimitsTest {
    static final String NCPU = Integer.toString(Runtime.getRuntime().availableProcessors());

    // docs:begin limits
    @Test
    void byDefaultGoAndTheJvmCountTheSameProcessors(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "view");
        assertTrue(run.survived(), run.output());
        assertEquals(NCPU, run.value("go gomaxprocs"), run.output());
        assertEquals(NCPU, run.value("java processors"), run.output());
        assertEquals(Long.toString(Long.MAX_VALUE), run.value("go memory limit"), run.output()); // no GOMEMLIMIT
    }

    @Test
    void jvmFlagsDoNotReachGoAndGoEnvironmentDoesNotReachTheJvm(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, List.of("-XX:ActiveProcessorCount=1", "-Xmx64m"),
                env -> {
                    env.put("GOMAXPROCS", "1");
                    env.put("GOMEMLIMIT", "96MiB");
                }, "ffm", "view");
        assertTrue(run.survived(), run.output());
        assertEquals("1", run.value("go gomaxprocs"), run.output()); // from GOMAXPROCS
        assertEquals("1", run.value("java processors"), run.output()); // from -XX:ActiveProcessorCount
        assertEquals(Long.toString(96L << 20), run.value("go memory limit"), run.output()); // from GOMEMLIMIT
        assertTrue(Long.parseLong(run.value("java max heap")) <= 64L << 20, run.output()); // from -Xmx
        ScenarioRun flagsOnly = ScenarioRun.run(dir, List.of("-XX:ActiveProcessorCount=1", "-Xmx64m"), env -> {}, "ffm", "view");
        assertEquals(NCPU, flagsOnly.value("go gomaxprocs"), flagsOnly.output()); // Go ignores the JVM's flags
        assertEquals(Long.toString(Long.MAX_VALUE), flagsOnly.value("go memory limit"), flagsOnly.output());
    }

    @Test
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
