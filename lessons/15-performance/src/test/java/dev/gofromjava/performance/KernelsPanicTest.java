package dev.gofromjava.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.testkit.ManyThreads;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * The raw exports, without the Java checks: Go's dot refuses lengths that differ with a panic, and
 * the caller is told, on the thread that made the call and no other. (Its NaN result alone would
 * be a failure swallowed.) And JnaLoader's check, which on Linux takes the note only when JNA's
 * saved errno is not 0: every panic is still reported, through both mappings, and errno left by
 * other code costs a check, never an answer.
 */
class KernelsPanicTest {
    static final String MESSAGE = "dot: lengths 3 and 2 must be equal and >= 0";
    static final int EINTR = 4;
    static final int ENOENT = 2;

    /** The same exports by interface mapping: JnaLoader's proxy checks after each call. */
    interface KernelsInterface extends Library {
        KernelsInterface LIB = JnaLoader.load("performance", KernelsInterface.class);

        long add(long a, long b);
        double dot(double[] a, long na, double[] b, long nb);
        long callJava(KernelsJna.JavaNoop fn, long n);
    }

    /** A callback that leaves errno set, as C code an export calls may: Go returns normally after it. */
    static final KernelsJna.JavaNoop SETS_ERRNO = () -> Native.setLastError(ENOENT);

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

    @Test
    void onLinuxJnasSavedErrnoSparesTheSecondCall() {
        assumeTrue(Platform.isLinux(), "the errno check is used on Linux only");
        KernelsJna.KernelsLibrary.noop(); // binds the library, and the guard
        assertTrue(JnaLoader.checksErrnoFirst(), "this JNA does not save errno after each call: every check takes the note");
    }

    /** Whatever errno was before the call: 0 (the check's fast path) or set by earlier C code. */
    @Test
    void aPanicIsReportedThroughBothJnaMappingsWhateverErrnoWasBefore() {
        for (int before : new int[] {0, EINTR}) {
            Native.setLastError(before);
            var direct = assertThrows(GoPanicException.class, () -> jnaDot(new double[3], 3, new double[3], 2),
                    "direct mapping, errno " + before + " before the call");
            assertEquals(MESSAGE, direct.goMessage());
            assertEquals(0, Native.getLastError(), "taking the note clears errno");
            Native.setLastError(before);
            var proxy = assertThrows(GoPanicException.class, () -> KernelsInterface.LIB.dot(new double[3], 3, new double[3], 2),
                    "interface mapping, errno " + before + " before the call");
            assertEquals(MESSAGE, proxy.goMessage());
            assertEquals("dot", proxy.export());
            assertEquals(0, Native.getLastError(), "taking the note clears errno");
            assertEquals(14.0, jnaDot(new double[] {1, 2, 3}, 3, new double[] {1, 2, 3}, 3), "the next call");
        }
    }

    /**
     * errno left set by earlier code, or by C code during the call, is not a panic: the check takes
     * the note, finds none, and the answer comes back. (JNA's saved errno is read first to show the
     * call really returned with it set; after the check it is 0, so the check took the note.)
     */
    @Test
    void errnoLeftByOtherCodeCostsACheckNeverTheAnswer() {
        Native.setLastError(EINTR);
        long sum = KernelsJna.KernelsLibrary.add(2, 3);
        assertEquals(EINTR, Native.getLastError(), "errno set before the call is still set after it");
        assertEquals(5L, JnaLoader.checked("add", sum));
        assertEquals(0, Native.getLastError(), "the check took the note, found none, and cleared errno");
        Native.setLastError(EINTR);
        assertEquals(5L, KernelsInterface.LIB.add(2, 3));
        assertEquals(0, Native.getLastError());

        long calls = KernelsJna.KernelsLibrary.callJava(SETS_ERRNO, 3);
        assertEquals(ENOENT, Native.getLastError(), "errno set during the call");
        assertEquals(3L, JnaLoader.checked("callJava", calls));
        assertEquals(0, Native.getLastError());
        assertEquals(3L, KernelsInterface.LIB.callJava(SETS_ERRNO, 3));
        assertEquals(0, Native.getLastError());
    }
}
