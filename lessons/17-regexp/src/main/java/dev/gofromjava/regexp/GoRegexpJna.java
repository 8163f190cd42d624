package dev.gofromjava.regexp;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link GoRegexp} with JNA, by direct mapping. Text crosses as UTF-8 in a {@link Memory}, written
 * once: a {@code byte[]} argument would be copied in and out again on every call (lesson 15).
 */
public final class GoRegexpJna implements GoRegexp {
    // docs:begin jna
    /** The exports of libgoregexp.so, bound once when this class initialises. A handle is a long. */
    static final class RegexpLibrary {
        static {
            JnaLoader.register(RegexpLibrary.class, "goregexp");
        }

        // GoUintptr regexCompile(GoUint8* pat, GoInt64 patN, char* errOut, GoInt64 errN)
        static native long regexCompile(Pointer pat, long patN, Pointer errOut, long errN);
        // GoInt64 regexFree(GoUintptr handle, char* errOut, GoInt64 errN)
        static native long regexFree(long handle, Pointer errOut, long errN);
        // GoInt64 regexMatches(GoUintptr handle, GoUint8* text, GoInt64 textN, char* errOut, GoInt64 errN)
        static native long regexMatches(long handle, Pointer text, long textN, Pointer errOut, long errN);
        // GoInt64 regexFindAll(GoUintptr, GoUint8* text, GoInt64 textN, GoInt64 limit, GoInt64* out, GoInt64 outN, char*, GoInt64)
        static native long regexFindAll(long handle, Pointer text, long textN, long limit, Pointer out, long outN,
                Pointer errOut, long errN);
        // GoInt64 regexReplaceAll(GoUintptr, GoUint8* text, GoInt64, GoUint8* repl, GoInt64, GoUint8* out, GoInt64, char*, GoInt64)
        static native long regexReplaceAll(long handle, Pointer text, long textN, Pointer repl, long replN,
                Pointer out, long outN, Pointer errOut, long errN);
        // GoInt64 regexFindEach(GoUintptr, GoUint8* data, GoInt64 dataN, GoInt64* offsets, GoInt64 count, GoUint8* found, char*, GoInt64)
        static native long regexFindEach(long handle, Pointer data, long dataN, Pointer offsets, long count,
                Pointer found, Pointer errOut, long errN);

        private RegexpLibrary() {}
    }
    // docs:end jna

    /**
     * {@code bytes} in a new {@link Memory}, with {@link Utf8Text#PAD} zero bytes on each side,
     * which the caller closes; Go gets {@link #text(Memory)}.
     */
    private static Memory copy(byte[] bytes) {
        Memory m = padded(bytes.length);
        m.write(Utf8Text.PAD, bytes, 0, bytes.length);
        return m;
    }

    /** {@code size} zero bytes, with {@link Utf8Text#PAD} more on each side; Go gets {@link #text(Memory)}. */
    private static Memory padded(long size) {
        Memory m = new Memory(size + 2L * Utf8Text.PAD);
        m.clear(); // JNA's Memory is not zeroed
        return m;
    }

    /** The text inside a block from {@link #copy}: past its leading padding. */
    private static Pointer text(Memory padded) {
        return padded.share(Utf8Text.PAD);
    }

    @Override
    public long compileHandle(String pattern) {
        byte[] utf8 = Utf8Text.encode(pattern, "pattern");
        try (Memory pat = copy(utf8); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            long handle = checked("regexCompile", RegexpLibrary.regexCompile(text(pat), utf8.length, message, message.size()));
            if (handle == 0) {
                throw new GoErrorException("regexCompile", message.getString(0, StandardCharsets.UTF_8.name()));
            }
            return handle;
        }
    }

    @Override
    public boolean matches(long handle, String text) {
        byte[] utf8 = Utf8Text.encode(text, "text");
        try (Memory in = copy(utf8)) {
            return GoStatus.call("regexMatches",
                    (message, n) -> RegexpLibrary.regexMatches(handle, text(in), utf8.length, message, n)) == 1;
        }
    }

    @Override
    public List<MatchRange> findAll(long handle, String text, long limit) {
        byte[] utf8 = Utf8Text.encode(text, "text");
        try (Memory in = copy(utf8)) {
            long capacity = 2 * GoRegexpFfm.firstGuess(text, limit);
            Memory out = new Memory(Long.BYTES * Math.max(1, capacity));
            try {
                long found = findAll(handle, text(in), utf8.length, limit, out, capacity);
                if (2 * found > capacity) { // Go counted them all, wrote none: once more, as big as Go said
                    out.close();
                    capacity = 2 * found;
                    out = new Memory(Long.BYTES * capacity);
                    found = findAll(handle, text(in), utf8.length, limit, out, capacity);
                }
                long[] pairs = out.getLongArray(0, (int) (2 * found));
                List<MatchRange> matches = new ArrayList<>((int) found);
                for (int i = 0; i < found; i++) {
                    matches.add(new MatchRange(Math.toIntExact(pairs[2 * i]), Math.toIntExact(pairs[2 * i + 1])));
                }
                return matches;
            } finally {
                out.close();
            }
        }
    }

    private static long findAll(long handle, Pointer in, long inN, long limit, Pointer out, long outN) {
        return GoStatus.call("regexFindAll", (message, n) -> RegexpLibrary.regexFindAll(handle, in, inN, limit, out, outN, message, n));
    }

    @Override
    public long findAllInto(long handle, String text, long limit, MemorySegment out) {
        Checks.output(out, "out");
        byte[] utf8 = Utf8Text.encode(text, "text");
        try (Memory in = copy(utf8)) {
            return findAll(handle, text(in), utf8.length, limit, new Pointer(out.address()), out.byteSize() / Long.BYTES);
        }
    }

    @Override
    public String replaceAll(long handle, String text, String replacement) {
        byte[] utf8 = Utf8Text.encode(text, "text");
        byte[] repl = Utf8Text.encode(replacement, "replacement");
        try (Memory in = copy(utf8); Memory with = copy(repl)) {
            Memory out = new Memory(utf8.length + 64L);
            try {
                long size = replaceAll(handle, text(in), utf8.length, text(with), repl.length, out);
                if (size > out.size()) { // nothing written: once more, as big as Go said
                    out.close();
                    out = new Memory(size);
                    size = replaceAll(handle, text(in), utf8.length, text(with), repl.length, out);
                }
                return new String(out.getByteArray(0, (int) size), StandardCharsets.UTF_8);
            } finally {
                out.close();
            }
        }
    }

    private static long replaceAll(long handle, Pointer in, long inN, Pointer with, long withN, Memory out) {
        return GoStatus.call("regexReplaceAll", (message, n) -> RegexpLibrary.regexReplaceAll(
                handle, in, inN, with, withN, out, out.size(), message, n));
    }

    @Override
    public boolean[] findEach(long handle, List<String> texts) {
        Utf8Text.Packed packed = Utf8Text.pack(texts);
        byte[][] utf8 = packed.texts();
        long[] offsets = packed.offsets();
        try (Memory data = padded(packed.size());
                Memory offs = new Memory((long) Long.BYTES * offsets.length);
                Memory found = new Memory(Math.max(1, utf8.length))) {
            for (int i = 0; i < utf8.length; i++) {
                data.write(Utf8Text.PAD + offsets[i], utf8[i], 0, utf8[i].length);
            }
            offs.write(0, offsets, 0, offsets.length);
            GoStatus.call("regexFindEach", (message, n) -> RegexpLibrary.regexFindEach(handle, text(data),
                    packed.size(), offs, utf8.length, found, message, n));
            boolean[] result = new boolean[utf8.length];
            for (int i = 0; i < result.length; i++) {
                result[i] = found.getByte(i) != 0;
            }
            return result;
        }
    }

    @Override
    public void free(long handle) {
        GoStatus.call("regexFree", (message, n) -> RegexpLibrary.regexFree(handle, message, n));
    }

    @Override
    public String toString() {
        return "JNA";
    }
}
