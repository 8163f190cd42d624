package dev.gofromjava.support;

/**
 * The size policy for {@code Linker.Option.critical(true)} calls into Go.
 *
 * <p>A thread inside a critical downcall stays in Java state, so every safepoint of the JVM (each
 * stop-the-world GC pause among them) waits until the call returns. Entering Go can also wait: for
 * a P, Go's scheduler slot, when all of them are busy, or for a Go stop-the-world pause. So a
 * critical call must be short in all cases, and the policy makes the work part short: a heap
 * range goes to Go in pieces of at most {@link #MAX_BYTES}, one critical call each, and a
 * safepoint waits for one piece at most. Measured on a 2-core machine (docs/03-arrays.md, with
 * the command to reproduce): 16 Mi doubles in one critical call held safepoints for 12 ms at the
 * median, 22 ms at worst; pieces of this size squared in about 20 to 40 µs each, below the
 * roughly 100 µs a safepoint took to start there anyway.
 *
 * <p>Only for Go code that cannot wait for a P: a library that keeps goroutines running (a worker
 * pool, a ticker) can hold every P for up to 10 ms or more at a time. Call such a library with
 * ordinary downcalls on off-heap memory.
 */
public final class CriticalChunks {
    /** The most bytes of a heap array that one critical call is handed: 128 KiB. */
    public static final long MAX_BYTES = 128 * 1024;

    /** One critical call over {@code count} elements, starting {@code first} elements in. */
    @FunctionalInterface
    public interface Piece {
        void call(long first, long count);
    }

    private CriticalChunks() {}

    /**
     * Calls {@code piece} over {@code [0, n)} in pieces of at most {@code MAX_BYTES / elementBytes}
     * elements that together cover the range exactly once: from the first piece to the last, or
     * from the last to the first if {@code backwards} (for an output that overlaps its input and
     * starts after it, so that no piece overwrites input a later piece still has to read).
     */
    public static void forEach(long n, int elementBytes, boolean backwards, Piece piece) {
        if (n < 0 || elementBytes <= 0) {
            throw new IllegalArgumentException("n must be >= 0 and elementBytes > 0, got " + n + " and " + elementBytes);
        }
        long max = Math.max(1, MAX_BYTES / elementBytes);
        long pieces = (n + max - 1) / max;
        for (long k = 0; k < pieces; k++) {
            long first = (backwards ? pieces - 1 - k : k) * max;
            piece.call(first, Math.min(max, n - first));
        }
    }
}
