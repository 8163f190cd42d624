package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@link StringArrays} with FFM. Each call builds its C array in a confined arena: the pointer
 * array and every string in it are freed together, when the arena closes at the end of the call.
 */
public final class StringArraysFfm implements StringArrays {
    private static final GoLibrary LIB = GoLibrary.load("stringarrays");

    // docs:begin handles
    // void join(char** strs, char* sep);
    private static final MethodHandle JOIN =
            LIB.downcall("join", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
    // GoInt64 joinSize(char** strs, char* sep);
    private static final MethodHandle JOIN_SIZE =
            LIB.downcall("joinSize", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    // char* joinInto(char** strs, char* sep, char* out, GoInt64 outN);
    private static final MethodHandle JOIN_INTO =
            LIB.downcall("joinInto", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    // GoInt64 joinCountedSize(char** strs, GoInt64 n, char* sep);
    private static final MethodHandle JOIN_COUNTED_SIZE =
            LIB.downcall("joinCountedSize", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS));
    // char* joinCountedInto(char** strs, GoInt64 n, char* sep, char* out, GoInt64 outN);
    private static final MethodHandle JOIN_COUNTED_INTO = LIB.downcall("joinCountedInto",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    // docs:end handles

    // docs:begin array
    /**
     * {@code strs} as a C {@code char**} in {@code arena}: a NUL-terminated UTF-8 copy of each
     * element, and a NULL after the last if {@code terminated}. Check the strings first:
     * {@code allocateFrom} copies a NUL inside one, and Go would silently stop reading there.
     */
    static MemorySegment cArray(Arena arena, String[] strs, boolean terminated) {
        MemorySegment array = arena.allocate(ADDRESS, strs.length + (terminated ? 1L : 0L));
        for (int i = 0; i < strs.length; i++) {
            array.setAtIndex(ADDRESS, i, arena.allocateFrom(strs[i]));
        }
        if (terminated) {
            array.setAtIndex(ADDRESS, strs.length, MemorySegment.NULL);
        }
        return array;
    }
    // docs:end array

    // docs:begin join
    @Override
    public void join(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (Arena arena = Arena.ofConfined()) {
            JOIN.invokeExact(cArray(arena, checked, true), arena.allocateFrom(sep));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end join

    @Override
    public long joinSize(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (Arena arena = Arena.ofConfined()) {
            return (long) JOIN_SIZE.invokeExact(cArray(arena, checked, true), arena.allocateFrom(sep));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public boolean joinInto(String[] strs, String sep, MemorySegment out) {
        String[] checked = checkedCopy(strs, sep);
        Checks.output(out, "out");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment result = (MemorySegment) JOIN_INTO.invokeExact(
                    cArray(arena, checked, true), arena.allocateFrom(sep), out, out.byteSize());
            return Results.delivered(result.address(), out);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long joinCountedSize(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (Arena arena = Arena.ofConfined()) {
            return countedSize(cArray(arena, checked, false), checked.length, arena.allocateFrom(sep));
        }
    }

    @Override
    public boolean joinCountedInto(String[] strs, String sep, MemorySegment out) {
        String[] checked = checkedCopy(strs, sep);
        Checks.output(out, "out");
        try (Arena arena = Arena.ofConfined()) {
            return countedInto(cArray(arena, checked, false), checked.length, arena.allocateFrom(sep), out);
        }
    }

    // docs:begin counted
    @Override
    public String joinCounted(String[] strs, String sep) {
        String[] checked = checkedCopy(strs, sep);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = cArray(arena, checked, false); // no terminator: Go reads exactly n
            MemorySegment cSep = arena.allocateFrom(sep);
            MemorySegment out = arena.allocate(Results.size(countedSize(array, checked.length, cSep)));
            if (!countedInto(array, checked.length, cSep, out)) {
                throw new IllegalStateException("Go did not fill the " + out.byteSize() + " bytes it asked for");
            }
            return out.getString(0, StandardCharsets.UTF_8);
        }
    }
    // docs:end counted

    private static long countedSize(MemorySegment array, long n, MemorySegment sep) {
        try {
            return (long) JOIN_COUNTED_SIZE.invokeExact(array, n, sep);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    private static boolean countedInto(MemorySegment array, long n, MemorySegment sep, MemorySegment out) {
        try {
            MemorySegment result = (MemorySegment) JOIN_COUNTED_INTO.invokeExact(array, n, sep, out, out.byteSize());
            return Results.delivered(result.address(), out);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
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
