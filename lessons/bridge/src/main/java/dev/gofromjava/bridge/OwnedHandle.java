package dev.gofromjava.bridge;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * A Go object's cgo handle (lesson 12), held by the one Java object that owns it: calls use the
 * handle through {@link #whileOpen}, and {@link #close()} gives it back to Go.
 *
 * <p>Calls may come from many threads at once. {@link #close()} gives the handle back once,
 * however many times and from however many threads it is called; after it, every call throws
 * {@link IllegalStateException} in Java, before reaching Go. A read-write lock keeps a call and
 * the close from overlapping: calls share it, the close takes it alone. So no call reaches Go
 * with a handle that was given back, and the close waits for the calls in flight.
 */
// docs:begin owned
public final class OwnedHandle implements AutoCloseable {
    private final String owner;
    private final long handle;
    private final LongConsumer free;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed; // guarded by lock

    /** {@code handle}, owned by {@code owner} (named in messages), given back by {@code free}. */
    public OwnedHandle(String owner, long handle, LongConsumer free) {
        this.owner = owner;
        this.handle = handle;
        this.free = free;
    }

    /** {@code call} with the handle, unless it was given back: then IllegalStateException. */
    public <T> T whileOpen(LongFunction<T> call) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("this " + owner + " is closed: its handle " + handle
                        + " was given back to Go");
            }
            return call.apply(handle);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Gives the handle back to Go, the first time; does nothing after. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true; // first: should free throw, the handle is not used again
                free.accept(handle);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The number Go knows the object by; after close, Go refuses it. */
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
// docs:end owned
