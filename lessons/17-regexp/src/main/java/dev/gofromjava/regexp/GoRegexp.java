package dev.gofromjava.regexp;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * Lesson 17: Go's regexp package (RE2: linear time in the input, whatever the pattern) as a Java
 * library.
 *
 * <p>Two layers, as in lesson 12. {@link #compile(String)} is the one to use: a {@link GoPattern}
 * owns its handle, may be used from many threads at once, refuses use after close in Java, and
 * frees once. The handle layer below it passes Go's handle as a number; it checks nothing about
 * the handle, so a freed or forged one reaches Go, which refuses it. Every Go failure is a
 * {@link dev.gofromjava.bridge.GoErrorException} with Go's text; a bad Java argument (null, an
 * unpaired surrogate) is refused in Java before the call.
 *
 * <p>Every index is a Java char index (UTF-16), whatever the text holds: Go converts its UTF-8
 * byte offsets before they leave it.
 */
public interface GoRegexp {
    // docs:begin api
    /** Compiles {@code pattern} (RE2 syntax) in Go; the caller must close the result. */
    default GoPattern compile(String pattern) {
        return new GoPattern(this, compileHandle(pattern), pattern);
    }

    /** regexCompile: a compiled pattern's handle, owned by the caller until {@link #free}. */
    long compileHandle(String pattern);

    /** regexMatches: whether the pattern matches all of {@code text}. */
    boolean matches(long handle, String text);

    /** regexFindAll: up to {@code limit} successive matches (all when negative), leftmost-first. */
    List<MatchRange> findAll(long handle, String text, long limit);

    /**
     * regexFindAll into {@code out}: start and end of each match, two {@code long}s a match, if
     * they fit in {@code out.byteSize()} bytes, else nothing; returns the number of matches.
     */
    long findAllInto(long handle, String text, long limit, MemorySegment out);

    /** regexReplaceAll: every match replaced by {@code replacement}, with $1, ${name} and $$ expanded as Go does. */
    String replaceAll(long handle, String text, String replacement);

    /** regexFindEach: for each text, in one call, whether the pattern matches somewhere in it. */
    boolean[] findEach(long handle, List<String> texts);

    /** regexFree: deletes the handle; a second free is Go's error. */
    void free(long handle);
    // docs:end api
}
