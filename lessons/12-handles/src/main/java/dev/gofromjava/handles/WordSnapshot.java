package dev.gofromjava.handles;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every word of an index and its count, "word count\n" a line in UTF-8 byte order of the words,
 * in Go's memory: Go pinned it and lent it, and this object reads it in place, with no copy.
 *
 * <p>{@link #close()} gives it back (Go unpins it), once, however many times and from however many
 * threads it is called; after it every read throws {@link IllegalStateException} and never
 * touches the memory. A read and the close never overlap (the lock).
 */
public final class WordSnapshot implements AutoCloseable {
    /** A binding's hold on Go's bytes: read them (offsets already checked), and give them back (once). */
    interface Lent {
        byte get(long offset);

        byte[] copy(int size);

        void release();
    }

    private final Lent lent;
    private final long handle;
    private final long byteSize;
    private boolean closed; // guarded by this

    WordSnapshot(Lent lent, long handle, long byteSize) {
        this.lent = lent;
        this.handle = handle;
        this.byteSize = byteSize;
    }

    // docs:begin read
    /** The byte at {@code offset}, read from Go's memory. */
    public synchronized byte byteAt(long offset) {
        checkOpen();
        if (offset < 0 || offset >= byteSize) {
            throw new IndexOutOfBoundsException("offset " + offset + " is outside the snapshot's " + byteSize + " bytes");
        }
        return lent.get(offset);
    }

    /** The entries, decoded from Go's memory. */
    public synchronized List<WordCount> entries() {
        checkOpen();
        if (byteSize > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the snapshot's " + byteSize + " bytes are too many for one Java string");
        }
        return WordCount.parseLines(new String(lent.copy((int) byteSize), StandardCharsets.UTF_8));
    }

    /** Gives the memory back to Go, the first time; does nothing after. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            lent.release();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this WordSnapshot is closed: Go has unpinned its memory");
        }
    }
    // docs:end read

    /** Go's handle for the snapshot; after close, Go refuses it. */
    public long handle() {
        return handle;
    }

    /** The snapshot's length in bytes. */
    public long byteSize() {
        return byteSize;
    }

    public synchronized boolean isClosed() {
        return closed;
    }
}
