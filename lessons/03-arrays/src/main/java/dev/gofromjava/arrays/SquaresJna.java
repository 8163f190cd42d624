package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * {@link Squares} with JNA interface mapping. JNA cannot hand C the address of a Java array: it
 * copies a {@code double[]} argument into C memory before the call and back after it, the whole
 * array each way. Where that would be wrong or wasteful (a range, one array as both input and
 * output, a heap segment) this class copies the range itself through a {@link Memory}.
 */
public final class SquaresJna implements Squares {
    // docs:begin jna
    /** The export of libarrays.so, mapped twice: for Java arrays and for native memory. */
    interface ArraysLibrary extends Library {
        /** JNA copies both arrays into C memory, and both back after the call. */
        void squares(double[] in, double[] out, long n);

        /** Native memory as it is: a {@link Memory}, or the address of an off-heap segment. */
        void squares(Pointer in, Pointer out, long n);
    }

    private static final ArraysLibrary LIB = JnaLoader.load("arrays", ArraysLibrary.class);
    // docs:end jna

    // docs:begin arrays
    @Override
    public void squares(double[] in, int inOffset, double[] out, int outOffset, int n) {
        Objects.requireNonNull(in, "in must not be null: pass the array to square");
        Objects.requireNonNull(out, "out must not be null: pass an array for the results");
        Checks.count(n, "n");
        Checks.fits("in", in.length, inOffset, n, "doubles");
        Checks.fits("out", out.length, outOffset, n, "doubles");
        if (n == 0) {
            return;
        }
        if (in != out && inOffset == 0 && outOffset == 0) {
            LIB.squares(in, out, n);
            return;
        }
        // A range, or one array on both sides: copy exactly n doubles out, square them in place, copy back.
        try (Memory scratch = new Memory((long) n * Double.BYTES)) {
            scratch.write(0, in, inOffset, n);
            LIB.squares(scratch, scratch, n);
            scratch.read(0, out, outOffset, n);
        }
    }
    // docs:end arrays

    // docs:begin segments
    @Override
    @SuppressWarnings("restricted") // reinterpret: scratch is exactly `bytes` long, we allocated it
    public void squares(MemorySegment in, MemorySegment out, long n) {
        Objects.requireNonNull(in, "in must not be null: pass the segment to square");
        Objects.requireNonNull(out, "out must not be null: pass a segment for the results");
        Checks.count(n, "n");
        Checks.elements("in", in, n, JAVA_DOUBLE);
        Checks.elements("out", out, n, JAVA_DOUBLE);
        Checks.writable("out", out);
        if (n == 0) {
            return;
        }
        if (in.isNative() && out.isNative()) {
            try {
                LIB.squares(new Pointer(in.address()), new Pointer(out.address()), n);
            } finally {
                // JNA sees bare addresses: keep both segments (and an automatic arena's memory) alive until here.
                Reference.reachabilityFence(in);
                Reference.reachabilityFence(out);
            }
            return;
        }
        // A heap segment has no address JNA could pass: go through C memory.
        long bytes = n * Double.BYTES;
        try (Memory scratch = new Memory(bytes)) {
            MemorySegment copy = MemorySegment.ofAddress(Pointer.nativeValue(scratch)).reinterpret(bytes);
            MemorySegment.copy(in, 0, copy, 0, bytes);
            LIB.squares(scratch, scratch, n);
            MemorySegment.copy(copy, 0, out, 0, bytes);
        }
    }
    // docs:end segments

    @Override
    public String toString() {
        return "JNA";
    }
}
