package dev.gofromjava.regexp;

import java.time.Duration;

/**
 * A text that stops {@code java.util.regex} at a deadline: its {@link #charAt} throws
 * {@link DeadlineExceededException} once the deadline has passed. A backtracking matcher reads the
 * text char by char, again and again, so it cannot run long without asking; the matcher has no
 * timeout of its own, and does not check the thread's interrupt flag.
 *
 * <p>The clock is read once every 1024 reads, so the check costs little, and the matcher runs at
 * most 1024 reads past the deadline. Only {@code charAt} checks: a matcher that stopped reading
 * would not be stopped, but then it would not be backtracking either.
 */
public final class DeadlineText implements CharSequence {
    /** Thrown out of the matcher when the deadline has passed. */
    public static final class DeadlineExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlineExceededException(Duration limit) {
            super("matching took longer than " + limit);
        }
    }

    private final CharSequence text;
    private final Duration limit;
    private final long deadline; // System.nanoTime() at which reads start to throw
    private int reads;

    // docs:begin deadline
    /** {@code text}, readable for {@code limit} from now; not for use by more than one thread. */
    public DeadlineText(CharSequence text, Duration limit) {
        this(text, limit, System.nanoTime() + limit.toNanos());
    }

    private DeadlineText(CharSequence text, Duration limit, long deadline) {
        this.text = text;
        this.limit = limit;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 1023) == 0 && System.nanoTime() - deadline > 0) {
            throw new DeadlineExceededException(limit);
        }
        return text.charAt(index);
    }
    // docs:end deadline

    @Override
    public int length() {
        return text.length();
    }

    /** A part of the text, with the same deadline. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.subSequence(start, end), limit, deadline);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
