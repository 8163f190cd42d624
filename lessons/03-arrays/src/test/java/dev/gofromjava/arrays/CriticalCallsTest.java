package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gofromjava.bridge.CriticalChunks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

/**
 * The calls SquaresFfm makes into Go for heap memory, as Go counts them (go/internal/calls, read
 * through gfj_calls_take): each is handed at most {@link CriticalChunks#MAX_BYTES}, and together
 * they are handed exactly {@code n} doubles. With every output element the square of its input
 * (each set to NaN before), every element was covered at least once; with the sum exactly
 * {@code n}, exactly once. An ordinary downcall refuses heap memory, so every one of these calls
 * was a critical one. (JNA copies arrays into C memory: its calls are not critical, and not here.)
 */
class CriticalCallsTest {
    /** The page's figure, which CriticalChunks.MAX_BYTES holds. */
    private static final long MOST_BYTES = 128 * 1024;

    /**
     * void gfj_calls_take(int64_t* out): bound past GoLibrary, whose descriptors the ABI test
     * checks against libarrays.h; the export is the calls package's, not the lesson's, and is not
     * in that header.
     */
    @SuppressWarnings("restricted")
    private static final MethodHandle TAKE = Linker.nativeLinker().downcallHandle(
            SymbolLookup.libraryLookup(GoLibrary.load("arrays").path(), Arena.global()).find("gfj_calls_take").orElseThrow(),
            FunctionDescriptor.ofVoid(ADDRESS));

    private final Squares go = new SquaresFfm();

    @Test
    void aLargeHeapArrayReachesGoInCriticalCallsOfAtMost128KiB() {
        int n = 16 << 20; // 16 Mi doubles, 128 MiB
        double[] in = values(n);
        double[] out = nans(n);
        assertCalls(n, "16 Mi doubles", () -> go.squares(in, out, n));
        assertSquares(in, 0, out, 0, n, "16 Mi doubles");
    }

    @Test
    void heapRangesAndHeapSegmentsToo() {
        int n = (1 << 20) + 7; // not a whole number of pieces
        double[] in = values(n + 5);
        double[] out = nans(n + 9);
        assertCalls(n, "a range", () -> go.squares(in, 3, out, 5, n));
        assertSquares(in, 3, out, 5, n, "a range");
        for (int i : new int[] {0, 1, 2, 3, 4, n + 5, n + 6, n + 7, n + 8}) {
            assertTrue(Double.isNaN(out[i]), "a range: out[" + i + "], outside it, changed to " + out[i]);
        }

        double[] segmentOut = nans(n);
        assertCalls(n, "heap segments",
                () -> go.squares(MemorySegment.ofArray(in), MemorySegment.ofArray(segmentOut), n));
        assertSquares(in, 0, segmentOut, 0, n, "heap segments");
    }

    /** An output after its input in the same array goes last piece first: still every element once. */
    @Test
    void anOverlappingOutputToo() {
        int n = (1 << 20) + 3;
        double[] array = values(n + 1);
        double[] before = array.clone();
        assertCalls(n, "an overlapping output", () -> go.squares(array, 0, array, 1, n));
        assertSquares(before, 0, array, 1, n, "an overlapping output");
    }

    /** Runs {@code call} and checks the calls Go counted during it. */
    private static void assertCalls(long n, String what, Runnable call) {
        take(); // counts from earlier tests
        call.run();
        long[] seen = take();
        long calls = seen[0];
        long total = seen[1];
        long most = seen[2];
        assertTrue(most * Double.BYTES <= MOST_BYTES, what + ": a call into Go was handed " + most + " doubles ("
                + most * Double.BYTES + " bytes), more than " + MOST_BYTES);
        assertEquals(n, total, what + ": " + calls + " calls into Go were handed " + total + " doubles in all, want n");
    }

    /** Go's counts since the last take: calls, doubles handed in all, the most one call was handed. */
    private static long[] take() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment counts = arena.allocate(JAVA_LONG, 3);
            TAKE.invokeExact(counts);
            return counts.toArray(JAVA_LONG);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    private static void assertSquares(double[] in, int inOffset, double[] out, int outOffset, int n, String what) {
        for (int i = 0; i < n; i++) {
            double x = in[inOffset + i];
            if (Double.doubleToRawLongBits(out[outOffset + i]) != Double.doubleToRawLongBits(x * x)) {
                fail(what + ": element " + i + " is " + out[outOffset + i] + ", want " + x * x + " (not covered?)");
            }
        }
    }

    /** 1.5, 2.5, 3.5, ...: no square is NaN. */
    private static double[] values(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i + 1.5;
        }
        return a;
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
