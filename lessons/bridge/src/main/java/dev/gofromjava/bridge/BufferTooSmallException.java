package dev.gofromjava.bridge;

/**
 * The result did not fit in the caller's buffer. Go wrote an empty string into it (when it has at
 * least one byte) and nothing else; {@link #needed()} is the size to allocate and try again with.
 */
public final class BufferTooSmallException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long needed;
    private final long capacity;

    public BufferTooSmallException(long needed, long capacity) {
        super("the result needs " + needed + " bytes (its UTF-8 and the NUL), the buffer has " + capacity
                + ": pass a buffer of at least " + needed + " bytes");
        this.needed = needed;
        this.capacity = capacity;
    }

    /** Bytes the result needs, its NUL included. */
    public long needed() {
        return needed;
    }

    /** Bytes the buffer had. */
    public long capacity() {
        return capacity;
    }
}
