package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.CriticalChunks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Objects;

/**
 * {@link Squares} with FFM. Off-heap segments go through an ordinary downcall; Java arrays and
 * heap segments through {@code critical(true)} ones, which hand Go the address of the array
 * itself: nothing is copied. A safepoint (a GC, say) waits for a critical call to return, so a
 * heap range goes in pieces of at most {@link CriticalChunks#MAX_BYTES} (the size policy).
 */
public final class SquaresFfm implements Squares {
    private static final GoLibrary LIB = GoLibrary.load("arrays");

    // docs:begin handles
    // void squares(GoFloat64* in, GoFloat64* out, GoInt64 n);
    private static final FunctionDescriptor SQUARES = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG);

    /** Off-heap memory only: FFM refuses a heap segment here. */
    private static final MethodHandle OFF_HEAP = LIB.downcall("squares", SQUARES);

    /**
     * Heap segments too, by address, no copy: allowed because squares never calls back into
     * Java, starts no goroutine and keeps no pointer, and each call gets at most
     * CriticalChunks.MAX_BYTES (the critical size policy, docs/03-arrays.md).
     */
    private static final MethodHandle CRITICAL = LIB.downcall("squares", SQUARES, Linker.Option.critical(true));
    // docs:end handles

    // docs:begin arrays
    @Override
    public void squares(double[] in, int inOffset, double[] out, int outOffset, int n) {
        Objects.requireNonNull(in, "in must not be null: pass the array to square");
        Objects.requireNonNull(out, "out must not be null: pass an array for the results");
        Checks.count(n, "n");
        Checks.fits("in", in.length, inOffset, n, "doubles");
        Checks.fits("out", out.length, outOffset, n, "doubles");
        MemorySegment from = MemorySegment.ofArray(in).asSlice((long) inOffset * Double.BYTES);
        MemorySegment to = MemorySegment.ofArray(out).asSlice((long) outOffset * Double.BYTES);
        critical(from, to, n);
    }

    /** Heap memory: critical calls of at most CriticalChunks.MAX_BYTES each. */
    private static void critical(MemorySegment in, MemorySegment out, long n) {
        // An output inside the same array as its input, starting after it: last piece first,
        // as Go itself goes backwards within a call.
        boolean backwards = in.heapBase().isPresent() && in.heapBase().equals(out.heapBase())
                && out.address() > in.address();
        CriticalChunks.forEach(n, Double.BYTES, backwards, (first, count) ->
                call(CRITICAL, in.asSlice(first * Double.BYTES), out.asSlice(first * Double.BYTES), count));
    }
    // docs:end arrays

    // docs:begin segments
    @Override
    public void squares(MemorySegment in, MemorySegment out, long n) {
        Objects.requireNonNull(in, "in must not be null: pass the segment to square");
        Objects.requireNonNull(out, "out must not be null: pass a segment for the results");
        Checks.count(n, "n");
        Checks.elements("in", in, n, JAVA_DOUBLE);
        Checks.elements("out", out, n, JAVA_DOUBLE);
        Checks.writable("out", out);
        if (in.isNative() && out.isNative()) {
            call(OFF_HEAP, in, out, n);
        } else {
            critical(in, out, n);
        }
    }

    private static void call(MethodHandle squares, MemorySegment in, MemorySegment out, long n) {
        try {
            squares.invokeExact(in, out, n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end segments

    @Override
    public String toString() {
        return "FFM";
    }
}
