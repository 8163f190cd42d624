package dev.gofromjava.concurrency;

import static dev.gofromjava.concurrency.ConcurrencyTest.WAIT_SECONDS;
import static dev.gofromjava.concurrency.ConcurrencyTest.awaitReleased;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Every property runs against both bindings; the ledger hook checks C blocks and handles after every try. */
class ConcurrencyProperties {
    private static final List<Concurrency> BINDINGS = ConcurrencyTest.BINDINGS;

    @Property
    void mixIsJavasMix(@ForAll long x) {
        for (Concurrency go : BINDINGS) {
            assertEquals(Concurrency.mixInJava(x), go.mix(x), go.toString());
        }
    }

    @Property(tries = 50)
    void countPrimesIsJavasSieve(@ForAll @IntRange(max = 30_000) int below) throws Exception {
        long want = ConcurrencyTest.primesBelow(below);
        for (Concurrency go : BINDINGS) {
            assertEquals(want, go.countPrimes(below).get(WAIT_SECONDS, TimeUnit.SECONDS), go.toString());
        }
    }

    // docs:begin cancel
    /**
     * A cancel at any point of a task's life: before Go has started, while it counts, after it
     * ended. Either the cancel won (the future is cancelled) or Go had finished (the future holds
     * the right count); either way Go lets go of the task, and its handle is deleted.
     */
    @Property
    void aCancelAtAnyPointLeavesNothingBehind(@ForAll @IntRange(max = 300_000) int below,
                                              @ForAll @IntRange(max = 3_000) int cancelAfterMicros) throws Exception {
        for (Concurrency go : BINDINGS) {
            GoTask task = go.countPrimes(below);
            LockSupport.parkNanos(cancelAfterMicros * 1_000L);
            boolean cancelled = task.cancel(true);
            awaitReleased(task);
            assertEquals(cancelled, task.isCancelled(), go.toString());
            if (!cancelled) {
                assertEquals(ConcurrencyTest.primesBelow(below), task.join(), go.toString());
            }
            assertEquals(0, GoTask.running(), go.toString());
        }
    }
    // docs:end cancel

    /** A task cancelled before it could panic never fails; one that panicked first is not cancelled by a late cancel. */
    @Property(tries = 50)
    void aPanicOrACancelNeverBoth(@ForAll @IntRange(max = 3) int panicAfterMillis,
                                  @ForAll @IntRange(max = 3_000) int cancelAfterMicros) throws Exception {
        for (Concurrency go : BINDINGS) {
            GoTask task = go.panicAfter("late", panicAfterMillis);
            LockSupport.parkNanos(cancelAfterMicros * 1_000L);
            boolean cancelled = task.cancel(false);
            awaitReleased(task);
            assertTrue(task.isDone(), go + ": done");
            assertEquals(cancelled, task.isCancelled(), go.toString());
            assertFalse(!cancelled && !task.isCompletedExceptionally(), go + ": a panic task cannot succeed");
        }
    }
}
