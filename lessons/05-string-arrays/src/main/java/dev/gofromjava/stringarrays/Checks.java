package dev.gofromjava.stringarrays;

import dev.gofromjava.bridge.CStrings;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The checks both bindings make before calling Go. Go sees only pointers: a NULL element, a NUL
 * inside a string or a buffer it may not write must be caught here.
 */
final class Checks {
    private Checks() {}

    // docs:begin strings
    /**
     * A checked copy of {@code strs}. The copy is what crosses: the caller's array is read once, so
     * a thread changing it during the call cannot slip a {@code null} past these checks.
     */
    static String[] strings(String[] strs, String sep) {
        Objects.requireNonNull(strs, "strs must not be null: pass an array of strings (it may be empty)");
        Objects.requireNonNull(sep, "sep must not be null: pass \"\" to join with nothing in between");
        String[] copy = strs.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("strs[" + i + "] is null: a NULL pointer marks the end of a"
                        + " NULL-terminated char**, so Go would silently drop every string from index " + i
                        + " on; pass \"\" for an empty string");
            }
            cString(copy[i], "strs[" + i + "]");
        }
        cString(sep, "sep");
        return copy;
    }

    /** A string that becomes a C string unchanged: no NUL inside, and valid UTF-16 (so valid UTF-8). */
    static void cString(String s, String name) {
        CStrings.utf8Length(s, name); // throws, naming the string, if it cannot cross
    }
    // docs:end strings

    // docs:begin out
    static void out(MemorySegment out) {
        Objects.requireNonNull(out, "out must not be null: pass a native segment for the result");
        if (!out.isNative()) {
            throw new IllegalArgumentException("out must be native memory (from an Arena), not a heap segment:"
                    + " Go writes through its address");
        }
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("out is read-only: pass a writable segment for the result");
        }
        if (!out.scope().isAlive()) {
            throw new IllegalStateException("out is already closed: its arena was closed before the call");
        }
        if (!out.isAccessibleBy(Thread.currentThread())) {
            throw new WrongThreadException("out belongs to a confined arena of another thread");
        }
    }

    /** What Go's {@code char*} result means: {@code out} when the string was written, NULL when not. */
    static boolean delivered(long result, MemorySegment out) {
        if (result == out.address()) {
            return true;
        }
        if (result == 0) {
            return false;
        }
        throw new IllegalStateException("Go returned 0x" + Long.toHexString(result) + ", neither out (0x"
                + Long.toHexString(out.address()) + ") nor NULL");
    }
    // docs:end out

    /** The size Go asked for, checked before it becomes a buffer. */
    static long size(long need) {
        if (need < 1) {
            throw new IllegalStateException("Go refused input that Java had checked (size " + need + ")");
        }
        return need;
    }
}
