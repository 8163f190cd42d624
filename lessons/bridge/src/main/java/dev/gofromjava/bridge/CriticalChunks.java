package dev.gofromjava.bridge;

/**
 * The size policy for {@code Linker.Option.critical(true)} calls into Go (docs/03-arrays.md).
 *
 * <p>A thread inside a critical downcall stays in Java state, so every safepoint of the JVM (each
 * stop-the-world GC pause among them) waits until the call returns. The policy bounds the work
 * part of that wait: a heap range goes to Go in pieces of at most {@link #MAX_BYTES}, one critical
 * call each, and a safepoint waits for one piece at most. Entering Go can wait as well, for a P
 * while goroutines hold every one of them, so critical calls are only for Go code that runs no
 * goroutines of its own.
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
