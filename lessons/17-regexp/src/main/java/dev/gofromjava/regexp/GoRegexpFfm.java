package dev.gofromjava.regexp;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoStatus;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link GoRegexp} with FFM. Text crosses as UTF-8 in a segment of the call's arena, with its
 * length; results come back in segments of the same arena, freed when the call returns.
 */
public final class GoRegexpFfm implements GoRegexp {
    private static final GoLibrary LIB = GoLibrary.load("goregexp");

    // docs:begin handles
    // GoUintptr regexCompile(GoUint8* pat, GoInt64 patN, char* errOut, GoInt64 errN);
    private static final MethodHandle COMPILE = LIB.downcall("regexCompile",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 regexFree(GoUintptr handle, char* errOut, GoInt64 errN);
    private static final MethodHandle FREE = LIB.downcall("regexFree",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 regexMatches(GoUintptr handle, GoUint8* text, GoInt64 textN, char* errOut, GoInt64 errN);
    private static final MethodHandle MATCHES = LIB.downcall("regexMatches",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 regexFindAll(GoUintptr handle, GoUint8* text, GoInt64 textN, GoInt64 limit,
    //                      GoInt64* out, GoInt64 outN, char* errOut, GoInt64 errN);
    private static final MethodHandle FIND_ALL = LIB.downcall("regexFindAll", FunctionDescriptor.of(
            JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 regexReplaceAll(GoUintptr handle, GoUint8* text, GoInt64 textN, GoUint8* repl, GoInt64 replN,
    //                         GoUint8* out, GoInt64 outN, char* errOut, GoInt64 errN);
    private static final MethodHandle REPLACE_ALL = LIB.downcall("regexReplaceAll", FunctionDescriptor.of(
            JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 regexFindEach(GoUintptr handle, GoUint8* data, GoInt64 dataN, GoInt64* offsets, GoInt64 count,
    //                       GoUint8* found, char* errOut, GoInt64 errN);
    private static final MethodHandle FIND_EACH = LIB.downcall("regexFindEach", FunctionDescriptor.of(
            JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    // docs:end handles

    // docs:begin compile
    @Override
    public long compileHandle(String pattern) {
        byte[] utf8 = Utf8Text.encode(pattern, "pattern");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment message = arena.allocate(GoStatus.MESSAGE_CAPACITY);
            long handle = (long) COMPILE.invokeExact(padded(arena, utf8), (long) utf8.length,
                    message, message.byteSize());
            if (handle == 0) {
                throw new GoErrorException("regexCompile", message.getString(0));
            }
            return handle;
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end compile

    @Override
    public boolean matches(long handle, String text) {
        byte[] utf8 = Utf8Text.encode(text, "text");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = padded(arena, utf8);
            return GoStatus.call("regexMatches", arena,
                    (message, n) -> (long) MATCHES.invokeExact(handle, in, (long) utf8.length, message, n)) == 1;
        }
    }

    // docs:begin findAll
    @Override
    public List<MatchRange> findAll(long handle, String text, long limit) {
        byte[] utf8 = Utf8Text.encode(text, "text");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = padded(arena, utf8); // copied once, read by both tries
            MemorySegment out = arena.allocate(JAVA_LONG, 2 * firstGuess(text, limit));
            long found = findAll(handle, in, limit, out, arena);
            if (2 * found > out.byteSize() / Long.BYTES) { // Go counted them all, wrote none: once more, as big as Go said
                out = arena.allocate(JAVA_LONG, 2 * found);
                found = findAll(handle, in, limit, out, arena);
            }
            List<MatchRange> matches = new ArrayList<>((int) found);
            for (long i = 0; i < found; i++) {
                matches.add(new MatchRange(Math.toIntExact(out.getAtIndex(JAVA_LONG, 2 * i)),
                        Math.toIntExact(out.getAtIndex(JAVA_LONG, 2 * i + 1))));
            }
            return matches;
        }
    }

    private static long findAll(long handle, MemorySegment in, long limit, MemorySegment out, Arena arena) {
        return GoStatus.call("regexFindAll", arena, (message, n) -> (long) FIND_ALL.invokeExact(handle, in, in.byteSize(), limit,
                out, out.byteSize() / Long.BYTES, message, n));
    }
    // docs:end findAll

    /** {@code bytes} in {@code arena}, with {@link Utf8Text#PAD} zero bytes on each side (arena memory is zeroed). */
    static MemorySegment padded(Arena arena, byte[] bytes) {
        MemorySegment text = padded(arena, bytes.length);
        MemorySegment.copy(bytes, 0, text, JAVA_BYTE, 0, bytes.length);
        return text;
    }

    /** {@code size} zero bytes in {@code arena}, with {@link Utf8Text#PAD} more on each side. */
    static MemorySegment padded(Arena arena, long size) {
        return arena.allocate(size + 2L * Utf8Text.PAD).asSlice(Utf8Text.PAD, size);
    }

    /**
     * Room for the first try: a match every 64 chars, at least 16, never more than {@code limit}.
     * Too few costs a second match of the whole text; too many, memory.
     */
    static long firstGuess(String text, long limit) {
        long guess = 16 + text.length() / 64;
        return limit >= 0 ? Math.min(limit, guess) : guess;
    }

    @Override
    public long findAllInto(long handle, String text, long limit, MemorySegment out) {
        Checks.output(out, "out");
        byte[] utf8 = Utf8Text.encode(text, "text");
        try (Arena arena = Arena.ofConfined()) {
            return findAll(handle, padded(arena, utf8), limit, out, arena);
        }
    }

    @Override
    public String replaceAll(long handle, String text, String replacement) {
        byte[] utf8 = Utf8Text.encode(text, "text");
        byte[] repl = Utf8Text.encode(replacement, "replacement");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = padded(arena, utf8);
            MemorySegment with = padded(arena, repl);
            MemorySegment out = arena.allocate(utf8.length + 64L);
            long size = replaceAll(handle, in, with, out, arena);
            if (size > out.byteSize()) { // nothing written: once more, as big as Go said
                out = arena.allocate(size);
                size = replaceAll(handle, in, with, out, arena);
            }
            return new String(out.asSlice(0, size).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
        }
    }

    private static long replaceAll(long handle, MemorySegment in, MemorySegment with, MemorySegment out, Arena arena) {
        return GoStatus.call("regexReplaceAll", arena, (message, n) -> (long) REPLACE_ALL.invokeExact(handle,
                in, in.byteSize(), with, with.byteSize(), out, out.byteSize(), message, n));
    }

    // docs:begin findEach
    @Override
    public boolean[] findEach(long handle, List<String> texts) {
        Utf8Text.Packed packed = Utf8Text.pack(texts);
        byte[][] utf8 = packed.texts();
        long[] offsets = packed.offsets();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = padded(arena, packed.size()); // all texts, one after another
            for (int i = 0; i < utf8.length; i++) {
                MemorySegment.copy(utf8[i], 0, data, JAVA_BYTE, offsets[i], utf8[i].length);
            }
            MemorySegment found = arena.allocate(utf8.length);
            MemorySegment at = arena.allocateFrom(JAVA_LONG, offsets);
            GoStatus.call("regexFindEach", arena, (message, n) -> (long) FIND_EACH.invokeExact(handle, data, data.byteSize(),
                    at, (long) utf8.length, found, message, n));
            boolean[] result = new boolean[utf8.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = found.get(JAVA_BYTE, i) != 0;
            }
            return result;
        }
    }
    // docs:end findEach

    @Override
    public void free(long handle) {
        try (Arena arena = Arena.ofConfined()) {
            GoStatus.call("regexFree", arena, (message, n) -> (long) FREE.invokeExact(handle, message, n));
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
