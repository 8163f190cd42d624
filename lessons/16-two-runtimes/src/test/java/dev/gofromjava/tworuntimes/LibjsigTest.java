package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signal chaining with libjsig, measured: a handler installed from Go for SIGQUIT (the JVM's
 * thread-dump signal), and Go's own SIGSEGV handler, with and without LD_PRELOAD=libjsig.so.
 */
@EnabledOnOs(OS.LINUX) // libjsig.so
class LibjsigTest {
    static final int SIGQUIT = 3;
    /** libjsig after whatever is preloaded already (memcheck's ASan runtime must stay first). */
    static final Consumer<Map<String, String>> PRELOAD_LIBJSIG = env -> env.merge("LD_PRELOAD",
            ScenarioRun.LIBJSIG.toString(), (preloaded, libjsig) -> preloaded + ":" + libjsig);

    // docs:begin notify
    @Test
    void withoutLibjsigGoTakesSigquitFromTheJvm(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, ScenarioRun.vmLogFlags(dir), env -> {}, "ffm", "notify",
                Integer.toString(SIGQUIT), ScenarioRun.vmLog(dir).toString());
        assertTrue(run.survived(), run.output());
        assertEquals("3", run.value("go counted"), run.output());
        assertEquals(0, run.count("Full thread dump"), run.output()); // the JVM never saw them
    }

    @Test
    void withLibjsigTheJvmKeepsSigquitAndGoSeesNothing(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, ScenarioRun.vmLogFlags(dir), PRELOAD_LIBJSIG, "ffm", "notify",
                Integer.toString(SIGQUIT), ScenarioRun.vmLog(dir).toString());
        assertTrue(run.survived(), run.output());
        assertEquals("0", run.value("go counted"), run.output());
        assertEquals(3, run.count("Full thread dump"), run.output());
    }
    // docs:end notify

    // docs:begin segv
    /** libjsig keeps the JVM's SIGSEGV handler, installed without SA_ONSTACK, in front of Go's. */
    @Test
    @Tag("crash-on-purpose")
    void withLibjsigANilDereferenceInGoKillsTheJvm(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, List.of(), PRELOAD_LIBJSIG, "ffm", "nil-dereference");
        assertEquals(134, run.exit(), run.output());
        assertTrue(run.err().contains("fatal error: non-Go code set up signal handler without SA_ONSTACK flag"), run.output());
        assertTrue(run.crashReports().isEmpty(), run.output());
    }

    @Test
    void withLibjsigJavasOwnSignalsStillWork(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, List.of(), PRELOAD_LIBJSIG, "ffm", "npe-storm");
        assertTrue(run.survived(), run.output());
        assertEquals("over a million", run.value("null pointer exceptions caught"), run.output());
    }
    // docs:end segv
}
