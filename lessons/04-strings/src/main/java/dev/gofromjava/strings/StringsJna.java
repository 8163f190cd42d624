package dev.gofromjava.strings;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@link Strings} with JNA direct mapping. JNA turns each {@code String} argument into a
 * temporary NUL-terminated C string in the encoding {@link JnaLoader#OPTIONS} sets: UTF-8, not
 * the locale's. Each call is wrapped in {@code checked}, which throws if Go panicked.
 */
public final class StringsJna implements Strings {
    // docs:begin jna
    /** The exports of libstrings.so, bound once when this class initialises. */
    static final class StringsLibrary {
        static {
            JnaLoader.register(StringsLibrary.class, "strings");
        }

        // GoUint8* repeat(char* s, GoInt64 n, GoUint8* out, GoInt64 outN);
        static native Pointer repeat(String s, long n, Pointer out, long outN);

        // GoInt64 repeatSize(char* s, GoInt64 n);
        static native long repeatSize(String s, long n);

        private StringsLibrary() {}
    }
    // docs:end jna

    // docs:begin sized
    @Override
    public String repeat(String s, int n) {
        long need = Strings.bytesNeeded(s, n); // validates before anything crosses
        long goNeed = checked("repeatSize", StringsLibrary.repeatSize(s, n)); // a Go panic throws here
        if (goNeed != need) {
            throw new IllegalStateException("Go counts " + goNeed + " bytes, Java " + need
                    + ": is JNA's string encoding UTF-8?");
        }
        try (Memory out = new Memory(goNeed)) { // freed at once, not when the GC gets to it
            return fill(s, n, out, goNeed, need);
        }
    }
    // docs:end sized

    // docs:begin reuse
    @Override
    public String repeat(String s, int n, MemorySegment out) {
        long need = Strings.bytesNeeded(s, n);
        Checks.output(out, "out");
        try {
            return fill(s, n, new Pointer(out.address()), out.byteSize(), need);
        } finally {
            // JNA sees a bare address: keep the segment (and an automatic arena's memory) alive until here.
            Reference.reachabilityFence(out);
        }
    }

    /** The same, with JNA's own native buffer. */
    public String repeat(String s, int n, Memory out) {
        long need = Strings.bytesNeeded(s, n);
        Objects.requireNonNull(out, "out must not be null: pass a buffer, e.g. new Memory(size)");
        if (!out.valid()) {
            throw new IllegalStateException("out was closed: its memory is freed; allocate a new buffer");
        }
        return fill(s, n, out, out.size(), need);
    }

    private static String fill(String s, int n, Pointer out, long capacity, long need) {
        Pointer result = checked("repeat", StringsLibrary.repeat(s, n, out, capacity)); // a panic throws, never NULL
        if (result == null) { // NULL: it did not fit, out holds ""
            throw new BufferTooSmallException(need, capacity);
        }
        if (!result.equals(out)) {
            throw new IllegalStateException("Go's repeat returned neither out nor NULL");
        }
        // Pointer.getString would run strlen with no bound: read exactly the bytes Go wrote,
        // after checking they are where Java expects them (a wrong encoding would move the NUL).
        if (need > capacity || out.getByte(need - 1) != 0) {
            throw new IllegalStateException("Go's result is not the " + (need - 1)
                    + " bytes Java expected: is JNA's string encoding UTF-8?");
        }
        return new String(out.getByteArray(0, (int) (need - 1)), StandardCharsets.UTF_8);
    }
    // docs:end reuse

    @Override
    public String toString() {
        return "JNA";
    }
}
