package dev.gofromjava.handles;

import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A Go word index, owned through its cgo handle.
 *
 * <p>Calls may come from many threads at once (Go locks the index). {@link #close()} gives the
 * handle back to Go once, however many times and from however many threads it is called; after
 * it, every call throws {@link IllegalStateException} in Java, before reaching Go. A read-write
 * lock keeps a call and the close from overlapping: calls share it, the close takes it alone.
 */
public final class WordIndex implements AutoCloseable {
    private final WordIndexes go;
    private final long handle;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed; // guarded by lock

    WordIndex(WordIndexes go, long handle) {
        this.go = go;
        this.handle = handle;
    }

    // docs:begin index
    /** Counts the words of {@code text}, the runs between ASCII white space; returns how many. */
    public long add(String text) {
        return whileOpen(() -> go.add(handle, text));
    }

    /** The {@code k} most frequent words, the most frequent first, ties in UTF-8 byte order. */
    public List<WordCount> top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        return whileOpen(() -> go.top(handle, k));
    }

    /** Every word and its count, in Go's memory, read in place until the snapshot is closed. */
    public WordSnapshot snapshot() {
        return whileOpen(() -> go.snapshot(handle));
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
                throw new IllegalStateException("this WordIndex is closed: its handle " + handle
                        + " was given back to Go");
            }
            return call.get();
        } finally {
            lock.readLock().unlock();
        }
    }
    // docs:end index

    /** Go's handle, the number Go knows this index by; after close, Go refuses it. */
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
}
