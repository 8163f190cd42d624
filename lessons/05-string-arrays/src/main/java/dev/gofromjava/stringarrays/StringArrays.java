package dev.gofromjava.stringarrays;

import java.lang.foreign.MemorySegment;

/**
 * Lesson 05: Go joins an array of strings, {@code String.join(sep, strs)}.
 *
 * <p>Each Java {@code String[]} crosses as a C {@code char**}: an array of pointers to
 * NUL-terminated UTF-8 copies of the strings. The "terminated" methods add a NULL pointer after
 * the last element, which is how the article's {@code join} finds the end; the "counted" methods
 * pass the number of elements instead.
 *
 * <p>Every method checks its arguments before calling Go, and reads the caller's array once, into
 * a copy, so another thread changing it during the call changes nothing: a {@code null} array,
 * element or separator gives a {@link NullPointerException} (naming the element's index); a string
 * with a NUL character or an unpaired surrogate, which have no faithful C string, an
 * {@link IllegalArgumentException}; an unusable {@code out} segment an exception saying why. No C
 * memory is left allocated by a call, whatever its outcome.
 */
public interface StringArrays {
    /**
     * The article's {@code join}: Go prints the joined string and a newline to file descriptor 1,
     * past Java's own buffers. Flush {@code System.out} before calling it.
     */
    void join(String[] strs, String sep);

    /**
     * The number of bytes {@link #joinInto} needs: the UTF-8 length of {@code String.join(sep,
     * strs)} plus one for the NUL, computed by Go over a NULL-terminated array.
     */
    long joinSize(String[] strs, String sep);

    /**
     * Go writes {@code String.join(sep, strs)} in UTF-8 and a NUL into {@code out}, read from a
     * NULL-terminated array. Returns {@code true} when it fit ({@code out.byteSize() >=
     * joinSize(strs, sep)}). Otherwise returns {@code false}, and {@code out} holds an empty string
     * (a NUL in its first byte, nothing else written) if it has at least one byte. Nothing is ever
     * written outside {@code out}. {@code out} must be native memory, alive, writable and accessible
     * by this thread.
     */
    boolean joinInto(String[] strs, String sep, MemorySegment out);

    /** {@link #joinSize}, computed over a counted array: the same number. */
    long joinCountedSize(String[] strs, String sep);

    /** {@link #joinInto} over a counted array, with no terminator: the same rules. */
    boolean joinCountedInto(String[] strs, String sep, MemorySegment out);

    /**
     * {@code String.join(sep, strs)}, computed by Go: the counted form into a buffer of exactly the
     * size Go asks for. The strings are converted to C once, for both calls.
     */
    String joinCounted(String[] strs, String sep);
}
