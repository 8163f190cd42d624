package dev.gofromjava.handles;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * Lesson 12: a Go word index that lives between calls, behind a cgo handle.
 *
 * <p>Two layers. {@link #newIndex()} is the one to use: a {@link WordIndex} owns its handle,
 * refuses use after close in Java, and frees once. The handle layer below it passes Go's handle
 * as a number, as C would; it checks nothing about the handle, so a freed or forged one reaches
 * Go, which refuses it with an error: {@link dev.gofromjava.bridge.GoErrorException} naming the
 * handle. Every Go failure is that exception, with Go's text.
 */
public interface WordIndexes {
    // docs:begin api
    /** A new, empty index, which the caller must close: best in try-with-resources. */
    default WordIndex newIndex() {
        return new WordIndex(this, newHandle());
    }

    /** newIndex: a new index's handle, owned by the caller until {@link #free}. */
    long newHandle();

    /** indexAdd: counts the words of {@code text} (runs between ASCII white space); returns how many. */
    long add(long handle, String text);

    /** The {@code k} most frequent words, the most frequent first, ties in UTF-8 byte order. */
    List<WordCount> top(long handle, long k);

    /**
     * indexTop into {@code out}: the result and a NUL if they fit in {@code out.byteSize()} bytes,
     * else an empty string (when it has a byte); returns the bytes the result needs.
     */
    long topInto(long handle, long k, MemorySegment out);

    /** indexSnapshot: every word and its count, in Go's pinned memory, until the snapshot is closed. */
    WordSnapshot snapshot(long handle);

    /** indexFree: deletes the handle; a second free is Go's error. */
    void free(long handle);

    /** passNested: C reads through a Go pointer held in Go memory; 42, or Go's panic when it is not pinned. */
    long passNested(boolean pinInner);
    // docs:end api
}
