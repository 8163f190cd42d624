package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.testkit.GuardedBuffer;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Go's own checks, below the Java ones: bounds refused, and error messages that never overrun their buffer. */
class TwoRuntimesProperties {
    static {
        new TwoRuntimesFfm(); // loads the library before the JNA binding registers
    }

    @Property
    void goRefusesGoroutineCountsOutOfRange(@ForAll @LongRange(min = -1000, max = 1000) long goroutines,
            @ForAll @LongRange(min = -10, max = 10) long millis) {
        boolean ok = goroutines >= 1 && goroutines <= TwoRuntimes.MAX_GOROUTINES && millis >= 0;
        long rounds = TwoRuntimesJna.TwoRuntimesLibrary.spin(goroutines, millis);
        if (ok) {
            assertTrue(rounds >= goroutines, "rounds " + rounds);
        } else {
            assertEquals(-1, rounds);
        }
    }

    @Property(tries = 50)
    void goRefusesDurationsOutOfRange(@ForAll long millis) {
        Assume.that(millis < 0 || millis > TwoRuntimes.MAX_MILLIS);
        assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.spin(1, millis));
        assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.upcallFor(TwoRuntimesJna.PLUS_ONE, 1, millis));
    }

    @Example
    void goRefusesANullCallback() {
        assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.upcallFor(null, 1, 1));
        assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.upcallRounds(null, 1, 1, 0));
        assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.hazardExitLockedAfterUpcalls(null, 1, 1, 0));
    }

    /** Each bound of the rounds, just inside and just outside; the hazard is only ever refused here. */
    @Example
    void goRefusesRoundsOutOfRange() {
        long[][] refused = {{0, 1, 0}, {TwoRuntimes.MAX_GOROUTINES + 1, 1, 0}, {1, -1, 0},
            {1, TwoRuntimes.MAX_CALLS + 1, 0}, {1, 1, -1}, {1, 1, TwoRuntimes.MAX_MILLIS + 1}};
        for (long[] r : refused) {
            assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.upcallRounds(TwoRuntimesJna.PLUS_ONE, r[0], r[1], r[2]));
            assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.hazardExitLockedAfterUpcalls(TwoRuntimesJna.PLUS_ONE,
                    r[0], r[1], r[2]));
        }
        assertEquals(2, TwoRuntimesJna.TwoRuntimesLibrary.upcallRounds(TwoRuntimesJna.PLUS_ONE, 2, 1, 0)); // one round
        assertEquals(0, TwoRuntimesJna.TwoRuntimesLibrary.upcallRounds(TwoRuntimesJna.PLUS_ONE,
                TwoRuntimes.MAX_GOROUTINES, 0, 0));
    }

    @Example
    void goRefusesANullView() {
        assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.runtimeView(null));
    }

    @Property
    void goRefusesHeapSizesOutOfRange(@ForAll long bytes) {
        Assume.that(bytes < 0 || bytes > TwoRuntimes.MAX_HEAP_BYTES);
        assertEquals(-1, TwoRuntimesJna.TwoRuntimesLibrary.holdHeap(bytes));
    }

    /** A goroutine's error in a buffer of any size: cut to fit, always NUL-terminated, nothing past the end. */
    @Property
    void aGoroutinesErrorFitsAnyBuffer(@ForAll @IntRange(min = 1, max = 8) int goroutines,
            @ForAll @IntRange(min = -1, max = 7) int failing, @ForAll @IntRange(min = 0, max = 90) int capacity) {
        Assume.that(failing < goroutines);
        try (GuardedBuffer message = GuardedBuffer.allocate(capacity)) {
            long status = TwoRuntimesJna.TwoRuntimesLibrary.workInGoroutines(goroutines, failing, message.pointer(), capacity);
            message.checkGuards();
            if (failing < 0) {
                assertEquals(0, status);
                return;
            }
            assertEquals(-1, status);
            String full = "goroutine " + failing + ": runtime error: index out of range [" + (3 + failing) + "] with length 3";
            if (capacity > 0) {
                String got = message.cString();
                assertEquals(full.substring(0, Math.min(full.length(), capacity - 1)), got);
            }
        }
    }
}
