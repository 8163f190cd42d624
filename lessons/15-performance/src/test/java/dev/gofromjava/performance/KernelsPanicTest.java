package dev.gofromjava.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.testkit.ManyThreads;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * The raw exports, without the Java checks: Go's dot refuses lengths that differ with a panic, and
 * the caller is told, on the thread that made the call and no other. (Its NaN result alone would
 * be a failure swallowed.)
 */
class KernelsPanicTest {
    static final String MESSAGE = "dot: lengths 3 and 2 must be equal and >= 0";

    static double ffmDot(MemorySegment a, long na, MemorySegment b, long nb) {
        try {
            return (double) KernelsFfm.DOT.invokeExact(a, na, b, nb);
        } catch (Throwable t) {
            throw dev.gofromjava.bridge.GoLibrary.rethrow(t);
        }
    }

    static double jnaDot(double[] a, long na, double[] b, long nb) {
        return JnaLoader.checked("dot", KernelsJna.KernelsLibrary.dot(a, na, b, nb));
    }

    @Test
    void goRefusesLengthsThatDifferAndJavaIsTold() {
        MemorySegment three = Arena.ofAuto().allocate(3 * Double.BYTES, Double.BYTES);
        var ffm = assertThrows(GoPanicException.class, () -> ffmDot(three, 3, three, 2));
        assertEquals("dot", ffm.export());
        assertEquals(MESSAGE, ffm.goMessage());
        var jna = assertThrows(GoPanicException.class, () -> jnaDot(new double[3], 3, new double[3], 2));
        assertEquals(MESSAGE, jna.goMessage());
    }

    @Test
    void eachThreadSeesOnlyItsOwnPanics() throws Exception {
        ManyThreads.run(4, 300, (thread, round) -> {
            double[] a = {thread, round, 1};
            MemorySegment s = Arena.ofAuto().allocate(3 * Double.BYTES, Double.BYTES);
            s.copyFrom(MemorySegment.ofArray(a));
            double want = thread * thread + round * round + 1;
            if ((thread + round) % 2 == 0) {
                assertEquals(MESSAGE, assertThrows(GoPanicException.class, () -> jnaDot(a, 3, a, 2)).goMessage());
                assertEquals(MESSAGE, assertThrows(GoPanicException.class, () -> ffmDot(s, 3, s, 2)).goMessage());
            } else {
                assertEquals(want, jnaDot(a, 3, a, 3));
                assertEquals(want, ffmDot(s, 3, s, 3));
            }
        });
    }
}
