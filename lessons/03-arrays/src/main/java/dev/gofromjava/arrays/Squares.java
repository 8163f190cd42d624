package dev.gofromjava.arrays;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Lesson 03: Go squares an array of doubles, {@code out[i] = in[i] * in[i]}.
 *
 * <p>Every method checks its arguments in Java before calling Go, because Go cannot see how big a
 * buffer is: {@code null} gives a {@link NullPointerException}, a negative {@code n} an
 * {@link IllegalArgumentException}, and an {@code n} or offset that does not fit either buffer an
 * {@link IndexOutOfBoundsException}, all before anything is read or written. {@code in} and
 * {@code out} may be the same memory, or overlap in any way: the result is as if {@code in} had
 * been copied first. Each result is bit for bit Java's own {@code x * x}.
 */
public interface Squares {
    /**
     * Sets {@code out[outOffset + i] = in[inOffset + i]²} for {@code i} in {@code [0, n)}, like
     * {@link System#arraycopy}: no other element of either array changes.
     */
    void squares(double[] in, int inOffset, double[] out, int outOffset, int n);

    /**
     * Reads {@code n} doubles at the start of {@code in} and writes their squares at the start of
     * {@code out}, in native byte order. The segments may be off-heap (from any arena, alive and
     * accessible by this thread) or on the heap ({@code MemorySegment.ofArray(double[])}); both must
     * be 8-byte aligned, as a C {@code double*} must be, and {@code out} must be writable.
     */
    void squares(MemorySegment in, MemorySegment out, long n);

    /** The first {@code n} elements: {@code squares(in, 0, out, 0, n)}. */
    default void squares(double[] in, double[] out, int n) {
        squares(in, 0, out, 0, n);
    }

    /** A new array holding the square of every element of {@code in}. */
    default double[] squares(double[] in) {
        Objects.requireNonNull(in, "in must not be null");
        double[] out = new double[in.length];
        squares(in, 0, out, 0, in.length);
        return out;
    }
}
