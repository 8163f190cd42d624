package dev.gofromjava.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The raw exports, without the Java checks: Go's dot refuses lengths that differ with a panic, and
 * the caller is told, on the thread that made the call and no other. (Its NaN result alone would
 * be a failure swallowed.) And the bindings' checks, which take the note only when the guard
 * signals that there may be one (FFM: its count of notes moved during the call; JNA on Linux:
 * errno, as JNA saved it, is not 0): every panic is still reported, through both JNA mappings,
 * and a signal from elsewhere costs a look at the note, never an answer.
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

    /** What the upcalls below saw: the panics they caused, each reported where it happened. */
    static final List<Throwable> SEEN_IN_UPCALLS = new ArrayList<>();

    /** An upcall (Go calling Java, mid-call) that makes a call panic on this same thread; it must not throw. */
    static void panicHere() {
        MemorySegment three = Arena.ofAuto().allocate(3 * Double.BYTES, Double.BYTES);
        try {
            ffmDot(three, 3, three, 2);
            SEEN_IN_UPCALLS.add(new AssertionError("the nested call's panic was not reported"));
        } catch (Throwable t) {
            SEEN_IN_UPCALLS.add(t);
        }
    }

    /** An upcall that makes a call panic on another thread, and waits for it; it must not throw. */
    static void panicElsewhere() {
        try {
            Thread other = Thread.ofPlatform().start(KernelsPanicTest::panicHere);
            other.join();
        } catch (Throwable t) {
            SEEN_IN_UPCALLS.add(t);
        }
    }

    /**
     * A note left during an FFM call, by a nested call on this thread (which took it) or by a call
     * on another thread: the count of notes moves, so the outer call's check takes its own note,
     * finds none, and returns Go's answer.
     */
    @Test
    void aNoteLeftElsewhereDuringAnFfmCallCostsACheckNeverTheAnswer() throws Throwable {
        for (String upcall : new String[] {"panicHere", "panicElsewhere"}) {
            SEEN_IN_UPCALLS.clear();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment stub = Linker.nativeLinker().upcallStub(
                        MethodHandles.lookup().findStatic(KernelsPanicTest.class, upcall, MethodType.methodType(void.class)),
                        FunctionDescriptor.ofVoid(), arena);
                assertEquals(2L, (long) KernelsFfm.CALL_JAVA.invokeExact(stub, 2L), upcall);
            }
            assertEquals(2, SEEN_IN_UPCALLS.size(), upcall);
            for (Throwable seen : SEEN_IN_UPCALLS) {
                assertEquals(MESSAGE, assertInstanceOf(GoPanicException.class, seen, upcall).goMessage());
            }
        }
    }
}
