package dev.gofromjava.bridge;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/** The checks a Java string and an output buffer pass before they cross to Go as C strings. */
public final class CStrings {
    private CStrings() {}

    // docs:begin utf8
    /**
     * The length of {@code s} in bytes of UTF-8, after checking that it can cross as a C string.
     *
     * @throws NullPointerException if {@code s} is null
     * @throws IllegalArgumentException if {@code s} holds a NUL (C, and Go's {@code C.GoString},
     *     would stop reading there) or an unpaired surrogate (it has no UTF-8 form; the encoders
     *     would silently put a '?' in its place)
     */
    public static int utf8Length(String s) {
        return utf8Length(s, "s");
    }

    /** {@link #utf8Length(String)}, naming the string {@code name} in its exceptions. */
    public static int utf8Length(String s, String name) {
        Objects.requireNonNull(s, () -> name + " must not be null");
        int nul = s.indexOf('\0'); // first: a NUL cuts the string wherever it is
        if (nul >= 0) {
            throw new IllegalArgumentException(name + " holds a NUL character at index " + nul
                    + ": a C string ends at its first NUL, so Go would see only " + nul
                    + " chars of it; remove the NUL (or pass bytes and a length instead of a C string)");
        }
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4; // one code point outside the BMP: two chars in Java, four bytes in UTF-8
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " holds an unpaired surrogate (U+" + Integer.toHexString(c)
                        .toUpperCase() + ") at index " + i + ": it has no UTF-8 form; fix the string before sending it");
            } else {
                bytes += 3;
            }
        }
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + " is " + bytes + " bytes of UTF-8: too long for one C string here");
        }
        return (int) bytes;
    }
    // docs:end utf8

    // docs:begin length
    /**
     * The number of bytes before the first NUL of the C string at {@code cString}, a zero-length
     * segment as a downcall returns a {@code char*}: read one byte at a time, never past the NUL.
     * Size the segment with it before reading the string: {@code getString} on a segment of
     * {@code Long.MAX_VALUE} bytes looks for the NUL 8 bytes at a time (JDK 25's
     * {@code StringSupport.strlenByte}), so its last read can run up to 7 bytes past the end of
     * the C block, which valgrind reports.
     */
    @SuppressWarnings("restricted") // reinterpret: the string's end is found, not assumed
    public static long byteLength(MemorySegment cString) {
        MemorySegment unbounded = cString.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (unbounded.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return n;
    }
    // docs:end length

    // docs:begin buffer
    /** Checks that Go may write into {@code out}: native, writable, alive, usable by this thread. */
    public static void checkOutput(MemorySegment out) {
        checkOutput(out, "out");
    }

    /** {@link #checkOutput(MemorySegment)}, naming the parameter {@code name} in its messages. */
    public static void checkOutput(MemorySegment out, String name) {
        Objects.requireNonNull(out, () -> name + " must not be null: pass a native segment, e.g. arena.allocate(size)");
        if (!out.isNative()) {
            throw new IllegalArgumentException(name + " is a heap segment: Go can only write into native memory;"
                    + " allocate it with an Arena");
        }
        if (out.isReadOnly()) {
            throw new IllegalArgumentException(name + " is read-only, but Go writes into it: pass a writable segment");
        }
        if (!out.scope().isAlive()) {
            throw new IllegalStateException(name + "'s arena is already closed: its memory may be reused;"
                    + " allocate a new buffer");
        }
        if (!out.isAccessibleBy(Thread.currentThread())) {
            throw new WrongThreadException(name + " belongs to a confined arena of another thread;"
                    + " use a shared arena to pass buffers between threads");
        }
    }
    // docs:end buffer
}
