package dev.gofromjava.strings;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Every property runs against both bindings; a failure names the binding. */
class StringsProperties {
    private static final List<Strings> BINDINGS = StringsExamplesTest.BINDINGS;
    /** What GuardedBuffer.allocate fills the usable bytes with: any other value there was written. */
    private static final byte FILL = 0x5A;
    private final GoLibrary lib = GoLibrary.load("strings");

    /** A string, a count, and a capacity somewhere in 0..need+8, with the edges need-1, need, need+1 favoured. */
    record Case(String s, int n, long capacity) {}

    // docs:begin capacity
    /**
     * Any string, n in 0..50, any capacity up to need+8: it fits exactly when need <= capacity;
     * then the buffer holds the UTF-8 of s.repeat(n), its NUL, and nothing else; otherwise the
     * call reports the size it needs and the buffer holds "". The guards never change.
     */
    @Property
    void repeatIntoAnyCapacity(@ForAll("cases") Case c) {
        byte[] expected = c.s().repeat(c.n()).getBytes(UTF_8);
        long need = expected.length + 1L;
        for (Strings go : BINDINGS) {
            long live = lib.liveAllocations();
            try (GuardedBuffer buf = GuardedBuffer.allocate(c.capacity(), FILL)) {
                MemorySegment out = buf.segment();
                if (need <= c.capacity()) {
                    assertEquals(c.s().repeat(c.n()), go.repeat(c.s(), c.n(), out), go + " result");
                    assertArrayEquals(expected, out.asSlice(0, expected.length).toArray(JAVA_BYTE), go + " bytes");
                    assertEquals(0, out.get(JAVA_BYTE, expected.length), go + " NUL right after the result");
                    assertUntouched(out, need, go + " after the NUL");
                } else {
                    var e = assertThrows(BufferTooSmallException.class, () -> go.repeat(c.s(), c.n(), out), go.toString());
                    assertEquals(need, e.needed(), go + " needed");
                    if (c.capacity() >= 1) {
                        assertEquals(0, out.get(JAVA_BYTE, 0), go + " an empty string is left");
                        assertUntouched(out, 1, go + " after the empty string");
                    }
                }
            } // close() fails if a guard byte changed
            assertEquals(live, lib.liveAllocations(), go + " ledger");
        }
    }
    // docs:end capacity

    /** The self-sizing repeat gives Java's own s.repeat(n) and frees what it allocated. */
    @Property
    void repeatSizesItself(@ForAll("text") String s, @ForAll @IntRange(max = 50) int n) {
        for (Strings go : BINDINGS) {
            long live = lib.liveAllocations();
            assertEquals(s.repeat(n), go.repeat(s, n), go.toString());
            assertEquals(live, lib.liveAllocations(), go + " ledger");
        }
    }

    // docs:begin utf8
    /** Both sides count bytes of UTF-8, never String.length(): 2 for Cyrillic, 3 for CJK, 4 for an emoji. */
    @Property
    void goCountsUtf8Bytes(@ForAll("text") String s, @ForAll @IntRange(max = 50) int n) {
        long need = (long) s.getBytes(UTF_8).length * n + 1;
        assertEquals(need, Strings.bytesNeeded(s, n), "Java");
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(need, StringsFfm.repeatSize(arena.allocateFrom(s), n), "FFM");
        }
        assertEquals(need, StringsJna.StringsLibrary.repeatSize(s, n), "JNA");
    }
    // docs:end utf8

    // docs:begin raw
    /**
     * Go on its own, with no Java checks in front: any n (negative, huge, overflowing), any outN
     * up to the real capacity or a negative one. repeatSize is the exact size or -1; repeat
     * returns out exactly when the result fits, and otherwise NULL with "" left in the buffer.
     */
    @Property
    void goAloneRefusesBadSizes(@ForAll("shortText") String s, @ForAll("anyN") long n,
                                @ForAll @LongRange(max = 64) long capacity, @ForAll("lies") int lie) {
        BigInteger exact = BigInteger.valueOf(s.getBytes(UTF_8).length).multiply(BigInteger.valueOf(n)).add(BigInteger.ONE);
        boolean valid = n >= 0 && exact.bitLength() < 64;
        long need = valid ? exact.longValueExact() : -1;
        long outN = switch (lie) {
            case 0 -> capacity;
            case 1 -> 0;
            case 2 -> -1;
            default -> Long.MIN_VALUE;
        };
        boolean fits = valid && need <= outN;
        long live = lib.liveAllocations();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cs = arena.allocateFrom(s);
            assertEquals(need, StringsFfm.repeatSize(cs, n), "FFM repeatSize");
            assertEquals(need, StringsJna.StringsLibrary.repeatSize(s, n), "JNA repeatSize");
            for (String binding : List.of("FFM", "JNA")) {
                try (GuardedBuffer buf = GuardedBuffer.allocate(capacity, FILL)) {
                    MemorySegment out = buf.segment();
                    long result = binding.equals("FFM")
                            ? StringsFfm.repeat(cs, n, out, outN).address()
                            : Pointer.nativeValue(StringsJna.StringsLibrary.repeat(s, n, buf.pointer(), outN));
                    assertEquals(fits ? out.address() : 0, result, binding + " returns out or NULL");
                    if (fits) {
                        // fits means n <= 64, or s is "" (any n gives "")
                        assertEquals(s.isEmpty() ? "" : s.repeat((int) n), out.getString(0), binding);
                        assertUntouched(out, need, binding + " after the NUL");
                    } else if (outN >= 1) {
                        assertEquals(0, out.get(JAVA_BYTE, 0), binding + " an empty string is left");
                        assertUntouched(out, 1, binding + " after the empty string");
                    } else {
                        assertUntouched(out, 0, binding + " outN <= 0 writes nothing");
                    }
                }
            }
        }
        assertEquals(live, lib.liveAllocations(), "ledger");
    }
    // docs:end raw

    /** A NUL anywhere is refused before the call, by both bindings and both forms; nothing leaks. */
    @Property
    void embeddedNulIsRefused(@ForAll("text") String s, @ForAll @IntRange(max = 1000) int at, @ForAll @IntRange(max = 50) int n) {
        int i = Math.min(at, s.length());
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            i--; // keep the pair whole: the NUL is the only flaw
        }
        String withNul = s.substring(0, i) + '\0' + s.substring(i);
        for (Strings go : BINDINGS) {
            long live = lib.liveAllocations();
            var e = assertThrows(IllegalArgumentException.class, () -> go.repeat(withNul, n), go.toString());
            assertTrue(e.getMessage().contains("NUL character at index " + i), go + ": " + e.getMessage());
            try (GuardedBuffer buf = GuardedBuffer.allocate(64, FILL)) {
                assertThrows(IllegalArgumentException.class, () -> go.repeat(withNul, n, buf.segment()), go.toString());
                assertUntouched(buf.segment(), 0, go + " buffer untouched");
            }
            assertEquals(live, lib.liveAllocations(), go + " ledger");
        }
    }

    /** An unpaired surrogate has no UTF-8 form: refused, where the encoders would silently send '?'. */
    @Property
    void unpairedSurrogateIsRefused(@ForAll("text") String s, @ForAll @IntRange(max = 1000) int at,
                                    @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate) {
        int i = Math.min(at, s.length());
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            i--;
        }
        // s.charAt(i) now starts a code point, so the inserted surrogate pairs with nothing.
        String bad = s.substring(0, i) + (char) surrogate + s.substring(i);
        for (Strings go : BINDINGS) {
            long live = lib.liveAllocations();
            var e = assertThrows(IllegalArgumentException.class, () -> go.repeat(bad, 1), go.toString());
            assertTrue(e.getMessage().contains("unpaired surrogate"), go + ": " + e.getMessage());
            assertEquals(live, lib.liveAllocations(), go + " ledger");
        }
    }

    /** Negative counts are refused by the Java API, before the call. */
    @Property
    void negativeCountIsRefused(@ForAll("text") String s, @ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int n) {
        for (Strings go : BINDINGS) {
            long live = lib.liveAllocations();
            var e = assertThrows(IllegalArgumentException.class, () -> go.repeat(s, n), go.toString());
            assertEquals("n must be >= 0, got " + n, e.getMessage(), go.toString());
            assertEquals(live, lib.liveAllocations(), go + " ledger");
        }
    }

    private static void assertUntouched(MemorySegment out, long from, String what) {
        for (long i = from; i < out.byteSize(); i++) {
            assertEquals(FILL, out.get(JAVA_BYTE, i), what + ": byte " + i + " of " + out.byteSize() + " was written");
        }
    }

    // docs:begin text
    /** Strings of any code points except NUL, favouring each UTF-8 width: 1, 2, 3 and 4 bytes. */
    @Provide
    Arbitrary<String> text() {
        return codePoints().list().ofMaxSize(30).map(StringsProperties::fromCodePoints);
    }

    static Arbitrary<Integer> codePoints() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 0x7F)),          // ASCII, 1 byte
                Tuple.of(1, Arbitraries.integers().between(0x80, 0xFF)),       // Latin-1 (é), 2 bytes
                Tuple.of(2, Arbitraries.integers().between(0x400, 0x4FF)),     // Cyrillic, 2 bytes
                Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),   // CJK, 3 bytes
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)), // emoji outside the BMP, 4 bytes
                Tuple.of(2, Arbitraries.integers().between(1, Character.MAX_CODE_POINT - 0x800)
                        .map(cp -> cp >= Character.MIN_SURROGATE ? cp + 0x800 : cp))); // any, surrogates skipped
    }
    // docs:end text

    @Provide
    Arbitrary<String> shortText() {
        return codePoints().list().ofMaxSize(4).map(StringsProperties::fromCodePoints);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(text(), Arbitraries.integers().between(0, 50)).flatAs((s, n) -> {
            long need = (long) s.getBytes(UTF_8).length * n + 1;
            return Arbitraries.oneOf(Arbitraries.longs().between(0, need + 8), Arbitraries.of(0L, 1L, need - 1, need, need + 1))
                    .map(capacity -> new Case(s, n, capacity));
        });
    }

    /** Counts a Java caller could never pass through the API: negative, huge, overflowing when multiplied. */
    @Provide
    Arbitrary<Long> anyN() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-2, 70),
                Arbitraries.longs(),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 + 1,
                        Long.MAX_VALUE / 3, Long.MAX_VALUE / 4 + 1, 1L << 62, 1L << 61));
    }

    /** 0: outN is the real capacity; 1, 2, 3: outN is 0, -1, Long.MIN_VALUE. */
    @Provide
    Arbitrary<Integer> lies() {
        return Arbitraries.frequency(Tuple.of(5, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3));
    }

    static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        codePoints.forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
