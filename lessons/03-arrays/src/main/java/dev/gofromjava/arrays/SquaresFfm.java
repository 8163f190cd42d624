package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.support.GoLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * {@link Squares} with FFM. Off-heap segments go through an ordinary downcall; Java arrays and
 * heap segments through a {@code critical(true)} one, which hands Go the address of the array
 * itself: nothing is copied, and the garbage collector cannot move the array until Go returns.
 */
public final class SquaresFfm implements Squares {
    private static final GoLibrary LIB = GoLibrary.load("arrays");

    // docs:begin handles
    // void squares(GoFloat64* in, GoFloat64* out, GoInt64 n);
    private static final FunctionDescriptor SQUARES = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG);

    /** Off-heap memory only: FFM refuses a heap segment here. */
    private static final MethodHandle OFF_HEAP = LIB.downcall("squares", SQUARES);

    /**
     * Heap segments too, passed by address with no copy. Allowed because squares never calls
     * back into Java, never blocks, and keeps no pointer (see the lesson page).
     */
    private static final MethodHandle CRITICAL = LIB.downcall("squares", SQUARES, Linker.Option.critical(true));
    // docs:end handles

    // docs:begin arrays
    @Override
    public void squares(double[] in, int inOffset, double[] out, int outOffset, int n) {
        Checks.arrays(in, inOffset, out, outOffset, n);
        MemorySegment from = MemorySegment.ofArray(in).asSlice((long) inOffset * Double.BYTES);
        MemorySegment to = MemorySegment.ofArray(out).asSlice((long) outOffset * Double.BYTES);
        call(CRITICAL, from, to, n);
    }
    // docs:end arrays

    // docs:begin segments
    @Override
    public void squares(MemorySegment in, MemorySegment out, long n) {
        Checks.segments(in, out, n);
        call(in.isNative() && out.isNative() ? OFF_HEAP : CRITICAL, in, out, n);
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
