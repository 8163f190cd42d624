package dev.gofromjava.stringarrays;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@link StringArrays} with JNA interface mapping. A {@link StringArray} is JNA's {@code char**}:
 * native memory holding a pointer to a C copy of every string, and always a NULL after the last.
 */
public final class StringArraysJna implements StringArrays {
    /** The charset every C string of this lesson is in, whatever the locale. */
    static final String UTF_8 = StandardCharsets.UTF_8.name();

    // docs:begin jna
    /** The exports of libstringarrays.so. A {@code char**} is a {@link Pointer}: a StringArray, or memory a test built. */
    interface StringArraysLibrary extends Library {
        void join(Pointer strs, String sep);

        long joinSize(Pointer strs, String sep);

        Pointer joinInto(Pointer strs, String sep, Pointer out, long outN);

        long joinCountedSize(Pointer strs, long n, String sep);

        Pointer joinCountedInto(Pointer strs, long n, String sep, Pointer out, long outN);
    }

    static final StringArraysLibrary LIB = JnaLoader.load("stringarrays", StringArraysLibrary.class);

    /**
     * {@code strs} as a C {@code char**}, NULL-terminated, every string in UTF-8. The encoding must
     * be named: {@code new StringArray(strs)} uses JNA's default encoding (the locale's), not the
     * UTF-8 the library was loaded with. The strings must have been checked, and must be a copy:
     * after each call JNA reads the strings back into the array it was given.
     */
    static StringArray cArray(String[] checked) {
        return new StringArray(checked, UTF_8);
    }
    // docs:end jna

    // docs:begin join
    @Override
    public void join(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (StringArray array = cArray(checked)) {
            LIB.join(array, sep); // sep: a String, converted by JNA in the library's encoding, UTF-8
        }
    }
    // docs:end join

    @Override
    public long joinSize(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (StringArray array = cArray(checked)) {
            return LIB.joinSize(array, sep);
        }
    }

    @Override
    public boolean joinInto(String[] strs, String sep, MemorySegment out) {
        String[] checked = checkedCopy(strs, sep);
        Checks.output(out, "out");
        try (StringArray array = cArray(checked)) {
            Pointer result = LIB.joinInto(array, sep, new Pointer(out.address()), out.byteSize());
            return Results.delivered(Pointer.nativeValue(result), out);
        } finally {
            // JNA sees a bare address: keep the segment (and an automatic arena's memory) alive until here.
            Reference.reachabilityFence(out);
        }
    }

    @Override
    public long joinCountedSize(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (StringArray array = cArray(checked)) {
            return LIB.joinCountedSize(array, checked.length, sep);
        }
    }

    @Override
    public boolean joinCountedInto(String[] strs, String sep, MemorySegment out) {
        String[] checked = checkedCopy(strs, sep);
        Checks.output(out, "out");
        try (StringArray array = cArray(checked)) {
            Pointer result = LIB.joinCountedInto(array, checked.length, sep, new Pointer(out.address()), out.byteSize());
            return Results.delivered(Pointer.nativeValue(result), out);
        } finally {
            Reference.reachabilityFence(out); // as in joinInto
        }
    }

    // docs:begin counted
    @Override
    public String joinCounted(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (StringArray array = cArray(checked)) {
            long need = Results.size(LIB.joinCountedSize(array, checked.length, sep));
            try (Memory out = new Memory(need)) {
                if (LIB.joinCountedInto(array, checked.length, sep, out, need) == null) {
                    throw new IllegalStateException("Go did not fill the " + need + " bytes it asked for");
                }
                return out.getString(0, UTF_8);
            }
        }
    }
    // docs:end counted

    @Override
    public String toString() {
        return "JNA";
    }

    /**
     * A checked copy of {@code strs}, and {@code sep} checked: what both bindings check first. The
     * copy is what crosses, so a thread changing the caller's array during the call cannot slip a
     * {@code null} past the check.
     */
    private static String[] checkedCopy(String[] strs, String sep) {
        Objects.requireNonNull(strs, "strs must not be null: pass an array of strings (it may be empty)");
        Objects.requireNonNull(sep, "sep must not be null: pass \"\" to join with nothing in between");
        String[] copy = Checks.cStrings(strs, "strs", "a NULL pointer marks the end of a NULL-terminated char**,"
                + " so Go would silently drop every string from index {i} on; pass \"\" for an empty string");
        Checks.utf8Length(sep, "sep");
        return copy;
    }
}
