package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.testkit.FirstPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults in Go code and in C code called from Go, and panics in goroutines: which survive, which kill, and who reports. */
class FaultsTest {
    /** Go reads address 0 on purpose: memcheck leaves it out (valgrind reports the read, rightly). */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    @Tag("memory-error-on-purpose")
    void aNilDereferenceInGoIsAJavaException(String binding, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "nil-dereference");
        assertTrue(run.survived(), run.output());
        assertEquals("GoPanicException: " + FirstPage.NIL_DEREFERENCE, run.out().lines().findFirst().orElseThrow());
    }

    // docs:begin c-fault
    /** Writing to address 8 in C is the memory error this test shows: memcheck leaves it out. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    @Tag("memory-error-on-purpose")
    @EnabledOnOs(OS.LINUX) // the frame name libtworuntimes.so+
    void aFaultInCCodeIsTheJvmsCrash(String binding, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "fault-in-c");
        assertEquals(134, run.exit(), run.output()); // 128 + SIGABRT: the JVM aborts after its report
        assertFalse(run.survived());
        assertTrue(run.out().contains("A fatal error has been detected by the Java Runtime Environment"), run.output());
        assertTrue(run.out().contains("C  [libtworuntimes.so+"), run.output());
        assertFalse(run.err().contains("fatal error:"), "Go reported it: " + run.output()); // no Go traceback
        List<Path> reports = run.crashReports();
        assertEquals(1, reports.size(), run.output());
        String report = Files.readString(reports.get(0));
        assertTrue(report.contains("gfjWriteAtAddress8"), "the problematic frame is the C function");
        assertTrue(report.contains("main.faultInC") || report.contains("_cgo_"), "Go's frames are in the native stack");
    }
    // docs:end c-fault

    // docs:begin goroutine-panic
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    @Tag("crash-on-purpose")
    void aPanicInAGoroutineGoStartedKillsTheJvm(String binding, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "goroutine-panic");
        assertEquals(134, run.exit(), run.output()); // Go aborts: a c-shared library crashes on fatal panics
        assertTrue(run.err().startsWith("panic: runtime error: index out of range [3] with length 0"), run.output());
        assertTrue(run.err().contains("main.panicInGoroutine.func1()"), run.output()); // Go's traceback, on stderr
        assertFalse(run.out().contains("A fatal error has been detected"), run.output()); // the JVM says nothing
        assertTrue(run.crashReports().isEmpty(), "an hs_err file: " + run.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void aPanicRecoveredAtTheTopOfItsGoroutineIsAJavaException(String binding, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "goroutine-recovered");
        assertTrue(run.survived(), run.output());
        assertEquals("GoErrorException: goroutine 5: runtime error: index out of range [8] with length 3",
                run.out().lines().findFirst().orElseThrow());
    }
    // docs:end goroutine-panic

    // docs:begin gotraceback
    @Test
    @Tag("crash-on-purpose")
    void gotracebackCrashPrintsEveryGoroutine(@TempDir Path dir) throws Exception {
        ScenarioRun plain = ScenarioRun.run(dir, "ffm", "goroutine-panic");
        ScenarioRun crash = ScenarioRun.run(dir, List.of(), env -> env.put("GOTRACEBACK", "crash"), "ffm", "goroutine-panic");
        assertEquals(134, crash.exit(), crash.output());
        assertEquals(1, plain.linesStartingWith("goroutine "), plain.output()); // only the one that panicked
        assertTrue(crash.linesStartingWith("goroutine ") > 3, crash.output()); // every goroutine, the runtime's too
        assertTrue(crash.err().contains("runtime.gopark"), crash.output());
        assertTrue(crash.crashReports().isEmpty(), "an hs_err file: " + crash.output());
    }
    // docs:end gotraceback
}
