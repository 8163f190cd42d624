package dev.gofromjava.ownership;

/**
 * Go's info on a user: a C string Go allocated, which this object owns.
 *
 * <p>{@link #info()} reads it; after {@link #close()} it throws {@link IllegalStateException} and
 * never reads freed memory. {@code close()} frees the string once, however many times and from
 * however many threads it is called: the lock makes a read and a close never overlap, and the
 * second close does nothing.
 */
public final class UserInfo implements AutoCloseable {
    /** A binding's hold on the C string: read it, and free it (called once). */
    interface Memory {
        String read();

        void free();
    }

    private final Memory memory;
    private boolean closed; // guarded by this

    UserInfo(Memory memory) {
        this.memory = memory;
    }

    // docs:begin info
    /** The info, read from Go's memory. */
    public synchronized String info() {
        if (closed) {
            throw new IllegalStateException("this UserInfo is closed: its memory was given back to Go");
        }
        return memory.read();
    }

    /** Frees Go's memory, the first time; does nothing after. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            memory.free();
        }
    }
    // docs:end info

    public synchronized boolean isClosed() {
        return closed;
    }
}
