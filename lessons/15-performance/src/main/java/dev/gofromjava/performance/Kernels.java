package dev.gofromjava.performance;

/**
 * Lesson 15: the calls the benchmarks measure, as an API: the two smallest calls there are, the
 * article's three kernels, one that shows whether an array was copied, and Go calling out.
 *
 * <p>Arguments are checked in Java before Go runs: a {@code null} array gives a
 * {@link NullPointerException}; a negative count, an empty array to {@link #touch} or arrays of
 * different lengths to {@link #dot} an {@link IllegalArgumentException}. A Go panic comes back as
 * {@link dev.gofromjava.bridge.GoPanicException}.
 */
public interface Kernels {
    /** Calls Go's {@code noop}, which does nothing: the cost of one call and nothing else. */
    void noop();

    /** {@code a + b}, computed by Go, wrapping around on overflow as Java's {@code +} does. */
    long add(long a, long b);

    /** The first {@code terms} terms of the Leibniz series for π, summed in Go in the article's order. */
    double pi(long terms);

    /**
     * Shuffles {@code values} in place in Go: the article's permutation (math/rand seeded with 0),
     * the same for every array of the same length.
     */
    void shuffle(double[] values);

    /** The dot product of {@code a} and {@code b}, computed by Go. */
    double dot(double[] a, double[] b);

    /**
     * {@code values[0] + values[values.length - 1]}, read by Go and nothing else: a call whose own
     * work does not depend on the length, so any time that grows with it is a copy.
     */
    double touch(double[] values);

    /** Go calls a Java method that does nothing {@code n} times, in a loop in Go; returns {@code n}. */
    long callJava(long n);

    /** Go calls a C function that does nothing {@code n} times: the floor under {@link #callJava}. */
    long callC(long n);
}
