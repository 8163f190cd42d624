package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Who handles which signal, read from the kernel before and after Go's library is loaded (x86-64). */
@EnabledOnOs(OS.LINUX) // the raw rt_sigaction of Linux, and /proc/self/maps
class SignalTableTest {
    @BeforeAll
    static void x8664() {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "SignalTable reads x86-64's struct sigaction");
    }

    // docs:begin table
    @Test
    void goTakesTheSynchronousSignalsAndLeavesTheJvmItsOwn(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "signal-table");
        assertTrue(run.survived(), run.output());
        assertEquals("jvm", run.value("signal SIGSEGV before"), run.output());
        // Loaded: Go's handler in front for faults and SIGPIPE, forwarding what is not Go's to the
        // JVM's; SIGURG (Go's preemption) is Go's; the JVM keeps SIGQUIT and SIGUSR2, with SA_ONSTACK added.
        assertEquals("go+onstack", run.value("signal SIGSEGV loaded"), run.output());
        assertEquals("go+onstack", run.value("signal SIGBUS loaded"), run.output());
        assertEquals("go+onstack", run.value("signal SIGPIPE loaded"), run.output());
        assertEquals("go+onstack", run.value("signal SIGURG loaded"), run.output());
        assertEquals("jvm+onstack", run.value("signal SIGQUIT loaded"), run.output());
        assertEquals("jvm+onstack", run.value("signal SIGUSR2 loaded"), run.output());
        // SIGPROF is Go's only while its CPU profiler runs, and ignored after. (Before, it may be
        // ignored already: a process started by one where Go's profiler ran inherits that.)
        assertEquals(run.value("signal SIGPROF before"), run.value("signal SIGPROF loaded"), run.output());
        assertEquals("go+onstack", run.value("signal SIGPROF profiling"), run.output());
        assertEquals("ignore+onstack", run.value("signal SIGPROF stopped"), run.output());
    }

    @Test
    void withLibjsigTheJvmsHandlersStayInFrontWithoutSaOnstack(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, List.of(), LibjsigTest.PRELOAD_LIBJSIG, "ffm", "signal-table");
        assertTrue(run.survived(), run.output());
        assertEquals("jvm", run.value("signal SIGSEGV loaded"), run.output()); // Go's handler only chained behind
        assertEquals("jvm", run.value("signal SIGBUS loaded"), run.output());
        assertEquals("jvm", run.value("signal SIGQUIT loaded"), run.output());
        assertEquals("go+onstack", run.value("signal SIGURG loaded"), run.output()); // not a JVM signal
    }
    // docs:end table
}
