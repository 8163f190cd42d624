package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go threads that called Java and then end because their goroutine exits locked to them: the JVM
 * detaches such a thread as it ends, after Go has torn the thread's M down, and a signal Go handles
 * arriving then kills the process, Go's own preemption signal among them. Each scenario runs
 * rounds of four such threads, 1,000 upcalls each, while a source of signals runs; one that should
 * die is given 15 s to do it.
 */
@EnabledOnOs(OS.LINUX) // Linux's signal numbers; the senders are bash loops of kill
@Tag("heavy")
class ExitLockedTest {
    static final String SIGURG = "23"; // Go's preemption signal
    static final String SIGWINCH = "28"; // neither runtime handles it unless asked
    static final String CALLS = "1000";
    /** How long the rounds of a scenario that should die may run: it died within 3 s in every measured run. */
    static final String DIE_WITHIN = "15000";
    static final String SURVIVE_FOR = "3000";

    // docs:begin hazard
    /** FFM's upcall and JNA with threads kept attached both leave the detach to the thread's end. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna-stay-attached"})
    @Tag("crash-on-purpose")
    void goroutinesThatCalledJavaAndExitLockedKillTheJvmUnderGosProfiler(String binding, @TempDir Path dir)
            throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "rounds", "exit-locked", CALLS, "pprof", DIE_WITHIN);
        assertKilledWithNoReport(run);
    }

    // docs:end hazard

    /** JNA's default detaches after each callback, while Go's M still runs the thread. */
    @ParameterizedTest
    @ValueSource(strings = {"pprof", "go-garbage"})
    void jnaDetachingAfterEachCallbackSurvivesThem(String signals, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "jna", "rounds", "exit-locked", CALLS, signals, SURVIVE_FOR);
        assertSurvivedEveryRound(run);
    }

    /** Threads that go back to Go's pool never end, so the JVM never detaches them. */
    @ParameterizedTest
    @ValueSource(strings = {"pprof", "kill-" + SIGURG, "notify-" + SIGWINCH, "go-garbage"})
    void goroutinesThatUnlockBeforeTheyEndLeaveTheJvmAlive(String signals, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "rounds", "unlock", CALLS, signals, SURVIVE_FOR);
        assertSurvivedEveryRound(run);
    }

    /** Not only SIGPROF: Go's preemption signal, sent to the process, kills it the same way. */
    @Test
    @Tag("crash-on-purpose")
    void thePreemptionSignalSentToTheProcessKillsItToo(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "rounds", "exit-locked", CALLS, "kill-" + SIGURG, DIE_WITHIN);
        assertKilledWithNoReport(run);
    }

    /** A signal the library asked os/signal for is handled by Go's handler too. */
    @Test
    @Tag("crash-on-purpose")
    void aSignalTheLibraryNotifiedKillsItToo(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "rounds", "exit-locked", CALLS, "notify-" + SIGWINCH, DIE_WITHIN);
        assertKilledWithNoReport(run);
    }

    /**
     * The same signal, not notified: Go has no handler for it, and nothing happens. Go's own
     * preemption signal is turned off, since it alone can kill this run.
     */
    @Test
    void aSignalGoDoesNotHandleLeavesTheJvmAlive(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, List.of(), ExitLockedTest::asyncPreemptOff, "ffm", "rounds", "exit-locked",
                CALLS, "kill-" + SIGWINCH, SURVIVE_FOR);
        assertSurvivedEveryRound(run);
    }

    /**
     * No profiler and no signal from outside: Go sends its preemption signal to its own threads
     * (preemptM), most often while its garbage collector scans their stacks, which Go's garbage
     * here makes happen cycle after cycle. One that reaches a thread as it ends kills the JVM.
     */
    @Test
    @Tag("crash-on-purpose")
    void gosOwnPreemptionSignalKillsItWithNoSignalSent(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "rounds", "exit-locked", CALLS, "go-garbage", DIE_WITHIN);
        assertKilledWithNoReport(run);
    }

    /**
     * The same run with Go's preemption signal turned off: nothing sends the ending threads a
     * signal, and the exits alone leave the JVM alive. Rounds as long as the run that dies is
     * given, since that one dies within seconds.
     */
    @Test
    void withGosPreemptionSignalOffTheExitsAloneLeaveTheJvmAlive(@TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, List.of(), ExitLockedTest::asyncPreemptOff, "ffm", "rounds", "exit-locked",
                CALLS, "go-garbage", DIE_WITHIN);
        assertSurvivedEveryRound(run);
    }

    /** GODEBUG=asyncpreemptoff=1: Go preempts goroutines only at function calls, and never sends SIGURG. */
    static void asyncPreemptOff(Map<String, String> environment) {
        environment.put("GODEBUG", "asyncpreemptoff=1");
    }

    /** Threads that never called Java were never attached, so nothing restores their signal mask. */
    @ParameterizedTest
    @ValueSource(strings = {"pprof", "kill-" + SIGURG, "go-garbage"})
    void goroutinesThatNeverCalledJavaMayExitLocked(String signals, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, "ffm", "rounds", "exit-locked", "0", signals, SURVIVE_FOR);
        assertSurvivedEveryRound(run);
    }

    // docs:begin no-report
    /**
     * SIGSEGV inside Go's signal handler, where SIGSEGV is blocked: the kernel ends the process at
     * once, so neither the JVM (hs_err, its report on stdout) nor Go (a traceback) says anything.
     */
    static void assertKilledWithNoReport(ScenarioRun run) throws IOException {
        assertTrue(run.out().contains("threads: exit-locked"), "the rounds never started: " + run.output());
        assertEquals(139, run.exit(), "128 + SIGSEGV expected: " + run.output());
        assertFalse(run.survived(), run.output());
        assertTrue(run.crashReports().isEmpty(), "an hs_err file: " + run.output());
        assertFalse(run.out().contains("A fatal error has been detected"), "the JVM reported it: " + run.output());
        assertFalse(run.err().contains("fatal error") || run.err().contains("goroutine "), "Go reported it: " + run.output());
    }
    // docs:end no-report

    static void assertSurvivedEveryRound(ScenarioRun run) {
        assertTrue(run.survived(), run.output());
        assertEquals("all of a round at least", run.value("upcalls"), run.output());
        if (run.out().contains("signals: kill-") || run.out().contains("signals: notify-")) {
            assertEquals("running", run.value("signal sender"), run.output()); // sending all along
        }
        if (run.out().contains("signals: notify-")) {
            assertEquals("some", run.value("go counted"), run.output()); // and they arrived
        }
        if (run.out().contains("signals: go-garbage")) {
            assertEquals("some", run.value("go garbage"), run.output()); // Go allocated all along
        }
    }
}
