package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoPanicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The exports in this JVM, through both bindings: what each returns, and how each refuses bad input. */
class TwoRuntimesTest {
    static final List<TwoRuntimes> BINDINGS = List.of(new TwoRuntimesFfm(), new TwoRuntimesJna());

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theRuntimeViewMatchesTheJvmsView(TwoRuntimes go) {
        RuntimeView view = go.runtimeView();
        // Go's CPUs are the thread's affinity; the JVM may count fewer under a CPU quota (lesson 18).
        assertTrue(view.numCpu() >= Runtime.getRuntime().availableProcessors(), view.toString());
        assertTrue(view.gomaxprocs() >= 1 && view.gomaxprocs() <= view.numCpu(), view.toString());
        assertTrue(view.goroutines() >= 1, view.toString());
        assertTrue(view.threads() >= 1, view.toString());
        assertTrue(view.heapObjectBytes() > 0, view.toString());
        assertEquals(Long.MAX_VALUE, view.memoryLimit()); // the tests set no GOMEMLIMIT
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void heldGoHeapShowsInTheView(TwoRuntimes go) {
        // Not a difference from before: the count includes garbage not yet swept, which a
        // collection during holdHeap may sweep.
        go.holdHeap(32L << 20);
        try {
            assertTrue(go.runtimeView().heapObjectBytes() >= 32L << 20);
        } finally {
            go.holdHeap(0);
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void spinAndUpcallsDoWork(TwoRuntimes go) {
        assertTrue(go.spin(2, 20) >= 2);
        assertTrue(go.upcallFor(3, 20) >= 3); // every callback returned x + 1, or it would throw
        assertEquals(15, go.upcallRounds(3, 5, 0)); // one round: three threads, five upcalls each
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aGoroutinesPanicComesBackAsAnError(TwoRuntimes go) {
        go.workInGoroutines(4, -1);
        var e = assertThrows(GoErrorException.class, () -> go.workInGoroutines(4, 2));
        assertEquals("goroutine 2: runtime error: index out of range [5] with length 3", e.goMessage());
        assertTrue(!(e instanceof GoPanicException), "an error, not a panic of the export");
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badArgumentsAreRefused(TwoRuntimes go) {
        assertThrows(IllegalArgumentException.class, () -> go.spin(0, 10));
        assertThrows(IllegalArgumentException.class, () -> go.spin(1, -1));
        assertThrows(IllegalArgumentException.class, () -> go.upcallFor(TwoRuntimes.MAX_GOROUTINES + 1, 10));
        assertThrows(IllegalArgumentException.class, () -> go.upcallFor(1, TwoRuntimes.MAX_MILLIS + 1));
        assertThrows(IllegalArgumentException.class, () -> go.upcallRounds(1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> go.upcallRounds(1, TwoRuntimes.MAX_CALLS + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> go.hazardExitLockedAfterUpcalls(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> go.hazardExitLockedAfterUpcalls(1, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> go.holdHeap(-1));
        assertThrows(IllegalArgumentException.class, () -> go.holdHeap(TwoRuntimes.MAX_HEAP_BYTES + 1));
        var e = assertThrows(GoErrorException.class, () -> go.workInGoroutines(0, -1));
        assertEquals("goroutines must be 1..256 and failing -1..goroutines-1, got 0 and -1", e.goMessage());
        assertThrows(IllegalStateException.class, () -> go.notifyStart(9)); // SIGKILL
        assertThrows(IllegalStateException.class, () -> go.notifyStart(0));
        assertThrows(IllegalStateException.class, go::notifyStop); // nothing counted
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void goCpuProfilerStartsAndStopsWithoutUpcalls(TwoRuntimes go, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("cpu.pprof");
        go.cpuProfileStart(file);
        try {
            var again = assertThrows(GoErrorException.class, () -> go.cpuProfileStart(dir.resolve("other.pprof")));
            assertEquals("Go's CPU profiler is already running", again.goMessage());
            go.spin(1, 20);
        } finally {
            go.cpuProfileStop();
        }
        assertTrue(Files.size(file) > 0);
        assertThrows(IllegalStateException.class, go::cpuProfileStop);
        var e = assertThrows(GoErrorException.class, () -> go.cpuProfileStart(dir)); // a directory
        assertTrue(e.goMessage().contains("is a directory"), e.goMessage());
    }
}
