package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jcmd Thread.print and SIGQUIT while Go spins and calls Java from four threads it created. */
@Tag("heavy")
class ThreadDumpTest {
    // docs:begin dump
    @Test
    void threadDumpsWorkWhileGoCallsJava(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, ScenarioRun.vmLogFlags(dir), env -> {}, "ffm", "thread-dump",
                ScenarioRun.vmLog(dir).toString());
        assertTrue(run.survived(), run.output());
        assertEquals("0", run.value("jcmd exit"), run.output());
        assertEquals(5, run.count("Full thread dump"), run.output()); // one per SIGQUIT, on stdout
        // Go's four upcall threads are in jcmd's dump as attached daemon threads, "Thread-N";
        // goroutines that never call Java are not in it at all.
        long attached = run.out().lines().filter(l -> l.matches("jcmd thread: \"Thread-\\d+\" #\\d+ .* daemon .*")).count();
        assertEquals(4, attached, run.output());
        assertEquals("some", run.value("upcalls"), run.output());
    }
    // docs:end dump
}
