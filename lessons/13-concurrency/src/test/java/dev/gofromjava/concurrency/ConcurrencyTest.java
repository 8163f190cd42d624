package dev.gofromjava.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoPanicException;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each against both bindings; the testkit module checks C blocks and handles after each. */
@Timeout(60)
class ConcurrencyTest {
    static final List<Concurrency> BINDINGS = List.of(new ConcurrencyFfm(), new ConcurrencyJna());
    static final GoLibrary LIB = GoLibrary.load("concurrency");
    /** Longer than any test may wait for Go: if Go never calls back, the wait fails, never hangs. */
    static final long WAIT_SECONDS = 30;

    /** The number of primes below {@code n}, by Java's own sieve. */
    static long primesBelow(int n) {
        if (n < 3) {
            return 0;
        }
        boolean[] composite = new boolean[n];
        long count = 0;
        for (int k = 2; k < n; k++) {
            if (!composite[k]) {
                count++;
                for (long m = (long) k * k; m < n; m += k) {
                    composite[(int) m] = true;
                }
            }
        }
        return count;
    }

    /** Waits for Go to let go of {@code task}; fails, rather than hangs, if it never does. */
    static void awaitReleased(GoTask task) throws Exception {
        try {
            task.released().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Go did not end " + task + " within " + WAIT_SECONDS
                    + " s: did the cancel reach Go?", e);
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void mixIsJavasMix(Concurrency go) {
        for (long x : new long[] {0, 1, 42, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertEquals(Concurrency.mixInJava(x), go.mix(x), "mix(" + x + ")");
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void counterAddReturnsTheNewTotal(Concurrency go) {
        long before = go.counterAdd(0);
        assertEquals(before + 5, go.counterAdd(5));
        assertEquals(before + 2, go.counterAdd(-3));
        assertEquals(before, go.counterAdd(-2));
    }

    // docs:begin future
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void goCompletesTheFutureWithItsCount(Concurrency go) throws Exception {
        GoTask task = go.countPrimes(100_000);
        assertEquals(9592, task.get(WAIT_SECONDS, TimeUnit.SECONDS));
        awaitReleased(task);
        assertEquals(0, GoTask.running());
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void cancellingTheFutureStopsGo(Concurrency go) throws Exception {
        long handles = LIB.liveHandles();
        GoTask task = go.countPrimes(Concurrency.MAX_BELOW); // hours of work, unless Go sees the cancel
        assertEquals(handles + 1, LIB.liveHandles(), "the running task holds its handle");
        assertTrue(task.cancel(true));
        awaitReleased(task); // completes only once Go's goroutine saw its context cancelled and called back
        assertTrue(task.isCancelled());
        assertEquals(handles, LIB.liveHandles(), "Go deleted the task's handle");
        assertEquals(0, GoTask.running());
    }
    // docs:end future

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aTimeoutStopsGoToo(Concurrency go) throws Exception {
        GoTask task = go.countPrimes(Concurrency.MAX_BELOW);
        var e = assertThrows(CompletionException.class, () -> task.orTimeout(20, TimeUnit.MILLISECONDS).join());
        assertInstanceOf(TimeoutException.class, e.getCause());
        awaitReleased(task);
        assertEquals(0, GoTask.running());
    }

    /** Completing the future by hand, with a value or a failure, stops Go's work as a cancel does. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void completingItByHandStopsGoToo(Concurrency go) throws Exception {
        GoTask byValue = go.countPrimes(Concurrency.MAX_BELOW);
        assertTrue(byValue.complete(7L));
        awaitReleased(byValue);
        assertEquals(7, byValue.join(), "Go's late cancellation does not overwrite the value");
        GoTask byFailure = go.countPrimes(Concurrency.MAX_BELOW);
        assertTrue(byFailure.completeExceptionally(new IllegalStateException("enough")));
        awaitReleased(byFailure);
        assertInstanceOf(IllegalStateException.class, assertThrows(CompletionException.class, byFailure::join).getCause());
        assertEquals(0, GoTask.running());
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicInTheGoroutineFailsTheFuture(Concurrency go) throws Exception {
        long panics = LIB.recoveredPanics();
        GoTask task = go.panicAfter("the task gave up", 0);
        var e = assertThrows(CompletionException.class, task::join);
        var panic = assertInstanceOf(GoPanicException.class, e.getCause());
        assertEquals("panicStart", panic.export());
        assertEquals("the task gave up", panic.goMessage());
        awaitReleased(task);
        assertEquals(panics + 1, LIB.recoveredPanics(), "recovered in the goroutine, by the guard");
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicTaskCancelledBeforeItPanicsIsCancelled(Concurrency go) throws Exception {
        GoTask task = go.panicAfter("never said", (int) Concurrency.MAX_SLEEP);
        assertTrue(task.cancel(false));
        awaitReleased(task);
        assertThrows(CancellationException.class, task::join);
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void cancelAfterTheEndIsHarmless(Concurrency go) throws Exception {
        GoTask task = go.countPrimes(10);
        assertEquals(4, task.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(task.cancel(true));
        assertEquals(4, task.join());
        awaitReleased(task);
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badArgumentsAreRefusedBeforeGo(Concurrency go) {
        int running = GoTask.running();
        assertThrows(IllegalArgumentException.class, () -> go.countPrimes(-1));
        assertThrows(IllegalArgumentException.class, () -> go.countPrimes(Concurrency.MAX_BELOW + 1));
        assertThrows(IllegalArgumentException.class, () -> go.sleepMillis(-1));
        assertThrows(IllegalArgumentException.class, () -> go.sleepMillis(Concurrency.MAX_SLEEP + 1));
        assertThrows(IllegalArgumentException.class, () -> go.panicAfter("a\0b", 0));
        assertThrows(NullPointerException.class, () -> go.panicAfter(null, 0));
        assertEquals(running, GoTask.running());
    }

    /** The raw exports refuse what the bindings never pass: nothing starts, and no callback comes. */
    @Test
    void goRefusesBadArgumentsItself() throws Throwable {
        long handles = LIB.liveHandles();
        assertEquals(0, (long) ConcurrencyFfm.PRIMES_START.invokeExact(-1L, ConcurrencyFfm.DONE, 0L));
        assertEquals(0, (long) ConcurrencyFfm.PRIMES_START.invokeExact(Concurrency.MAX_BELOW + 1, ConcurrencyFfm.DONE, 0L));
        assertEquals(0, (long) ConcurrencyFfm.PRIMES_START.invokeExact(10L, MemorySegment.NULL, 0L));
        assertEquals(0, ConcurrencyJna.ConcurrencyLibrary.panicStart(null, 0, ConcurrencyJna.DONE, 0));
        assertEquals(0, ConcurrencyJna.ConcurrencyLibrary.panicStart("x", -1, ConcurrencyJna.DONE, 0));
        assertEquals(-1, ConcurrencyJna.ConcurrencyLibrary.sleepMillis(-1));
        assertEquals(-1, (long) ConcurrencyFfm.SLEEP_MILLIS.invokeExact(Concurrency.MAX_SLEEP + 1));
        assertEquals(handles, LIB.liveHandles());
    }

    /** A handle that is no running task (never made, or its task ended): taskCancel says 0 and does nothing. */
    @Test
    void cancellingAnEndedOrForgedHandleDoesNothing() throws Exception {
        assertEquals(0, ConcurrencyFfm.cancel(0));
        assertEquals(0, ConcurrencyJna.cancel(1L << 40));
        GoTask task = BINDINGS.get(0).countPrimes(Concurrency.MAX_BELOW);
        long handle = task.handle();
        assertEquals(1, ConcurrencyFfm.cancel(handle));
        awaitReleased(task);
        assertEquals(0, ConcurrencyFfm.cancel(handle));
        assertEquals(0, ConcurrencyJna.cancel(handle));
    }

    /**
     * The call returns only after Go slept: Go's time.Sleep pauses "for at least the duration", so
     * this is a lower bound that no load on the machine can break, not a measurement of speed. The
     * bindings throw when the export returns anything but ms; the raw exports are checked here too.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void sleepMillisBlocksInGoAndReturns(Concurrency go) throws Throwable {
        for (long ms : new long[] {0, 1, 20}) {
            long start = System.nanoTime();
            go.sleepMillis(ms);
            long elapsed = System.nanoTime() - start;
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(ms), "sleepMillis(" + ms + ") returned after " + elapsed + " ns");
        }
        assertEquals(20, (long) ConcurrencyFfm.SLEEP_MILLIS.invokeExact(20L));
        assertEquals(20, ConcurrencyJna.ConcurrencyLibrary.sleepMillis(20));
    }
}
