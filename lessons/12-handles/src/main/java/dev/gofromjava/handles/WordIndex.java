package dev.gofromjava.handles;

import dev.gofromjava.bridge.OwnedHandle;
import java.util.List;

/**
 * A Go word index, owned through its cgo handle.
 *
 * <p>Calls may come from many threads at once (Go locks the index). {@link #close()} gives the
 * handle back to Go once, however many times and from however many threads it is called; after
 * it, every call throws {@link IllegalStateException} in Java, before reaching Go. A call and the
 * close never overlap: {@link OwnedHandle} keeps them apart.
 */
public final class WordIndex implements AutoCloseable {
    private final WordIndexes go;
    private final OwnedHandle handle;

    WordIndex(WordIndexes go, long handle) {
        this.go = go;
        this.handle = new OwnedHandle("WordIndex", handle, go::free);
    }

    // docs:begin index
    /** Counts the words of {@code text}, the runs between ASCII white space; returns how many. */
    public long add(String text) {
        return handle.whileOpen(h -> go.add(h, text));
    }

    /** The {@code k} most frequent words, the most frequent first, ties in UTF-8 byte order. */
    public List<WordCount> top(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        return handle.whileOpen(h -> go.top(h, k));
    }

    /** Every word and its count, in Go's memory, read in place until the snapshot is closed. */
    public WordSnapshot snapshot() {
        return handle.whileOpen(go::snapshot);
    }

    /** Gives the handle back to Go (indexFree), the first time; does nothing after. */
    @Override
    public void close() {
        handle.close();
    }
    // docs:end index

    /** Go's handle, the number Go knows this index by; after close, Go refuses it. */
    public long handle() {
        return handle.handle();
    }

    public boolean isClosed() {
        return handle.isClosed();
    }
}
