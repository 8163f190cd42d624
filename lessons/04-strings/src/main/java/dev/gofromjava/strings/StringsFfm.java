package dev.gofromjava.strings;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * {@link Strings} with FFM. Java strings become NUL-terminated UTF-8 in a confined arena
 * ({@link Arena#allocateFrom(String)} always encodes UTF-8), freed when the call returns.
 */
public final class StringsFfm implements Strings {
    private static final GoLibrary LIB = GoLibrary.load("strings");

    // docs:begin handles
    // GoUint8* repeat(char* s, GoInt64 n, GoUint8* out, GoInt64 outN);
    private static final MethodHandle REPEAT = LIB.downcall("repeat",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 repeatSize(char* s, GoInt64 n);
    private static final MethodHandle REPEAT_SIZE = LIB.downcall("repeatSize",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    // docs:end handles

    // docs:begin sized
    @Override
    public String repeat(String s, int n) {
        long need = Strings.bytesNeeded(s, n); // validates before anything crosses
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cs = arena.allocateFrom(s); // UTF-8 and a NUL
            long goNeed = repeatSize(cs, n);
            if (goNeed != need) {
                throw new IllegalStateException("Go counts " + goNeed + " bytes, Java " + need);
            }
            MemorySegment out = arena.allocate(goNeed);
            MemorySegment result = repeat(cs, n, out, out.byteSize());
            if (result.address() != out.address()) {
                throw new IllegalStateException("Go's repeat failed with the size it asked for");
            }
            return out.getString(0); // reads up to the NUL, never past the segment
        }
    }
    // docs:end sized

    // docs:begin reuse
    @Override
    public String repeat(String s, int n, MemorySegment out) {
        long need = Strings.bytesNeeded(s, n);
        Checks.output(out, "out");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment result = repeat(arena.allocateFrom(s), n, out, out.byteSize());
            if (result.address() == 0) { // NULL: it did not fit, out holds ""
                throw new BufferTooSmallException(need, out.byteSize());
            }
            if (result.address() != out.address()) {
                throw new IllegalStateException("Go's repeat returned neither out nor NULL");
            }
            // The returned pointer is a zero-length segment: read our own segment, whose size we know.
            return out.getString(0);
        }
    }
    // docs:end reuse

    /** The C function itself, no checks: for tests that hand Go what no Java caller would. */
    static MemorySegment repeat(MemorySegment s, long n, MemorySegment out, long outN) {
        try {
            return (MemorySegment) REPEAT.invokeExact(s, n, out, outN);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    /** The C function itself, no checks. */
    static long repeatSize(MemorySegment s, long n) {
        try {
            return (long) REPEAT_SIZE.invokeExact(s, n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
