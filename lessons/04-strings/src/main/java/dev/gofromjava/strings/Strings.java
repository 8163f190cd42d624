package dev.gofromjava.strings;

import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.bridge.Checks;
import java.lang.foreign.MemorySegment;

/**
 * Lesson 04: the article's {@code repeat(s, n, out, outN)}, made safe, and the Java API over it.
 *
 * <p>Strings cross as NUL-terminated UTF-8 whatever the platform's default charset. A string that
 * cannot cross faithfully is refused before the call: {@code null} with a
 * {@link NullPointerException}; an embedded NUL (C would end the string there) or an unpaired
 * surrogate (it has no UTF-8 form) with an {@link IllegalArgumentException}.
 */
public interface Strings {
    /**
     * The largest result, in bytes of UTF-8 without the NUL, that this API turns into a Java
     * {@code String}: the largest byte array the JVM allocates.
     */
    long MAX_RESULT_BYTES = Integer.MAX_VALUE - 8;

    // docs:begin api
    /**
     * {@code s} repeated {@code n} times, computed by Go into a buffer this method sizes: it asks
     * Go for the size first ({@code repeatSize}), then allocates exactly that and frees it after.
     *
     * @throws NullPointerException if {@code s} is null
     * @throws IllegalArgumentException if {@code n < 0}, {@code s} holds a NUL or an unpaired
     *     surrogate, or the result would be more than {@link #MAX_RESULT_BYTES} bytes
     */
    String repeat(String s, int n);

    /**
     * {@code s} repeated {@code n} times, computed by Go into {@code out}, a native buffer the
     * caller owns and may reuse across calls. On success {@code out} holds the result and its NUL.
     *
     * @throws BufferTooSmallException if the result and its NUL do not fit in {@code out}; it
     *     says how many bytes they need, and {@code out} then holds an empty string (when it has
     *     at least one byte). Nothing is ever written past {@code out}'s last byte.
     * @throws NullPointerException if {@code s} or {@code out} is null
     * @throws IllegalArgumentException as {@link #repeat(String, int)}, or if {@code out} is a heap
     *     or read-only segment
     * @throws IllegalStateException if {@code out}'s arena is closed
     * @throws WrongThreadException if {@code out} is confined to another thread
     */
    String repeat(String s, int n, MemorySegment out);
    // docs:end api

    // docs:begin need
    /**
     * The bytes {@code repeat(s, n)} needs, counted in Java: the UTF-8 length of {@code s} (not
     * {@code s.length()}) times {@code n}, plus one for the NUL. Validates as {@link #repeat(String, int)}.
     */
    static long bytesNeeded(String s, int n) {
        long utf8 = Checks.utf8Length(s, "s");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        long bytes = utf8 * n; // both below 2^31, so below 2^62: no long overflow
        if (bytes > MAX_RESULT_BYTES) {
            throw new IllegalArgumentException("s repeated " + n + " times is " + bytes
                    + " bytes of UTF-8, more than a Java String can be built from (" + MAX_RESULT_BYTES
                    + "); repeat fewer times");
        }
        return bytes + 1;
    }
    // docs:end need
}
