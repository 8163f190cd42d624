package dev.gofromjava.regexp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A pattern compiled by Go's regexp, owned through its cgo handle: lesson 12's {@code WordIndex},
 * for a regular expression.
 *
 * <p>Calls may come from many threads at once: Go's {@code *regexp.Regexp} is safe for concurrent
 * use, so nothing in Java serialises them. {@link #close()} gives the handle back to Go once,
 * however many times and from however many threads it is called; after it, every call throws
 * {@link IllegalStateException} in Java, before reaching Go. A read-write lock keeps a call and
 * the close from overlapping: calls share it, the close takes it alone.
 */
public final class GoPattern implements AutoCloseable {
    private final GoRegexp go;
    private final long handle;
    private final String pattern;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed; // guarded by lock

    GoPattern(GoRegexp go, long handle, String pattern) {
        this.go = go;
        this.handle = handle;
        this.pattern = pattern;
    }

    // docs:begin pattern
    /** Whether the pattern matches all of {@code text}, as {@link java.util.regex.Matcher#matches()}. */
    public boolean matches(String text) {
        return whileOpen(() -> go.matches(handle, text));
    }

    /** The leftmost-first match in {@code text}, as {@link java.util.regex.Matcher#find()} finds it. */
    public Optional<MatchRange> find(String text) {
        return whileOpen(() -> go.findAll(handle, text, 1).stream().findFirst());
    }

    /** Every successive non-overlapping match; an empty match right after a match is skipped, as Go does. */
    public List<MatchRange> findAll(String text) {
        return whileOpen(() -> go.findAll(handle, text, -1));
    }

    /** {@code text} with every match replaced by {@code replacement} ($1, ${name}: groups; $$: a dollar). */
    public String replaceAll(String text, String replacement) {
        return whileOpen(() -> go.replaceAll(handle, text, replacement));
    }

    /** For each of {@code texts}, whether the pattern matches somewhere in it: one call to Go for all. */
    public boolean[] findEach(List<String> texts) {
        return whileOpen(() -> go.findEach(handle, texts));
    }

    /** Gives the handle back to Go, the first time; does nothing after. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true; // first: should free throw, the handle is not used again
                go.free(handle);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T whileOpen(Supplier<T> call) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("this GoPattern (" + pattern + ") is closed: its handle " + handle
                        + " was given back to Go");
            }
            return call.get();
        } finally {
            lock.readLock().unlock();
        }
    }
    // docs:end pattern

    /** The pattern as compiled. */
    public String pattern() {
        return pattern;
    }

    /** Go's handle, the number Go knows this pattern by; after close, Go refuses it. */
    public long handle() {
        return handle;
    }

    public boolean isClosed() {
        lock.readLock().lock();
        try {
            return closed;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "GoPattern(" + pattern + ")";
    }
}
