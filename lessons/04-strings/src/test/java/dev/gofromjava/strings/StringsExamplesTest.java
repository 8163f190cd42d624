package dev.gofromjava.strings;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The cases the page tells, one by one (the testkit module checks the ledger after each). */
class StringsExamplesTest {
    static final List<Strings> BINDINGS = List.of(new StringsFfm(), new StringsJna());

    /** A caller written against the article (it uses the returned pointer) still works. */
    @Test
    void theArticlesCallStillReturnsOut() {
        try (Arena arena = Arena.ofConfined(); GuardedBuffer buf = GuardedBuffer.allocate(1000)) {
            MemorySegment result = StringsFfm.repeat(arena.allocateFrom("Badger"), 4, buf.segment(), 1000);
            assertEquals(buf.segment().address(), result.address());
            assertEquals("BadgerBadgerBadgerBadger", result.reinterpret(1000).getString(0));
            Pointer jna = StringsJna.StringsLibrary.repeat("Snake", 5, buf.pointer(), 1000);
            assertEquals(buf.pointer(), jna);
            assertEquals("SnakeSnakeSnakeSnakeSnake", buf.segment().getString(0));
        }
    }

    // docs:begin truncation
    /** A Java string with a NUL inside reaches Go cut short, through FFM and JNA alike, silently. */
    @Test
    void aNulInsideIsSilentlyTruncatedByBothBindings() {
        String s = "Bad\0ger";
        try (Arena arena = Arena.ofConfined(); GuardedBuffer buf = GuardedBuffer.allocate(64)) {
            MemorySegment cs = arena.allocateFrom(s);
            assertEquals(8, cs.byteSize()); // all 7 chars and a NUL were copied...
            assertEquals(7, StringsFfm.repeatSize(cs, 2)); // ...but Go reads "Bad": 3 * 2 + 1
            StringsFfm.repeat(cs, 2, buf.segment(), 64);
            assertEquals("BadBad", buf.segment().getString(0));

            assertEquals(7, StringsJna.StringsLibrary.repeatSize(s, 2));
            StringsJna.StringsLibrary.repeat(s, 2, buf.pointer(), 64);
            assertEquals("BadBad", buf.segment().getString(0));
        }
    }
    // docs:end truncation

    /** So the API refuses it, naming where the NUL is. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aNulInsideIsRefusedByTheApi(Strings go) {
        var e = assertThrows(IllegalArgumentException.class, () -> go.repeat("Bad\0ger", 2));
        assertTrue(e.getMessage().startsWith("s holds a NUL character at index 3"), e.getMessage());
    }

    // docs:begin grow
    /** Grow and retry: start with a small reusable buffer, and replace it when Go says it is too small. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void growAndRetry(Strings go) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(8);
            String result;
            try {
                result = go.repeat("世界", 10, buf);
            } catch (BufferTooSmallException e) {
                buf = arena.allocate(e.needed()); // 61: 6 bytes * 10 + the NUL
                result = go.repeat("世界", 10, buf); // exactly the size needed: one retry, never a loop
            }
            assertEquals("世界".repeat(10), result, go.toString());
            assertEquals(61, buf.byteSize(), go.toString());
        }
    }
    // docs:end grow

    /** Go copies s before writing, so s may live inside out. */
    @Test
    void theSourceMayLieInsideTheBuffer() {
        try (GuardedBuffer buf = GuardedBuffer.allocate(32)) {
            MemorySegment out = buf.segment();
            out.setString(0, "ab");
            assertEquals(out.address(), StringsFfm.repeat(out, 3, out, 32).address());
            assertEquals("ababab", out.getString(0));
            out.setString(0, "Ёж");
            assertEquals(out.address(), StringsFfm.repeat(out, 2, out, 32).address());
            assertEquals("ЁжЁж", out.getString(0));
        }
    }

    // docs:begin overflow
    /** Sizes that overflow int64 are -1 and NULL, never a crash or a huge allocation. */
    @Test
    void goRefusesOverflowingSizes() {
        try (Arena arena = Arena.ofConfined(); GuardedBuffer buf = GuardedBuffer.allocate(16)) {
            MemorySegment a = arena.allocateFrom("a");
            MemorySegment ab = arena.allocateFrom("ab");
            assertEquals(-1, StringsFfm.repeatSize(a, -1));                     // negative n
            assertEquals(-1, StringsFfm.repeatSize(a, Long.MAX_VALUE));         // the product fits, its NUL does not
            assertEquals(Long.MAX_VALUE, StringsFfm.repeatSize(a, Long.MAX_VALUE - 1));
            assertEquals(-1, StringsFfm.repeatSize(ab, Long.MAX_VALUE / 2 + 1)); // the product overflows
            assertEquals(1, StringsFfm.repeatSize(arena.allocateFrom(""), Long.MAX_VALUE)); // nothing, many times
            assertEquals(-1, StringsFfm.repeatSize(MemorySegment.NULL, 1));   // no string at all
            for (long n : new long[] {-1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE / 2 + 1}) {
                assertEquals(0, StringsFfm.repeat(ab, n, buf.segment(), 16).address(), "n = " + n);
                assertEquals(0, buf.segment().get(JAVA_BYTE, 0), "an empty string is left");
                assertNull(StringsJna.StringsLibrary.repeat("ab", n, buf.pointer(), 16), "n = " + n);
            }
        }
    }
    // docs:end overflow

    /** NULL where the article expects a string or a buffer: NULL back, and nothing written. */
    @Test
    void nullPointersAreRefusedByGo() {
        try (Arena arena = Arena.ofConfined(); GuardedBuffer buf = GuardedBuffer.allocate(16)) {
            assertEquals(0, StringsFfm.repeat(MemorySegment.NULL, 1, buf.segment(), 16).address());
            assertEquals(0, buf.segment().get(JAVA_BYTE, 0), "an empty string is left");
            assertNull(StringsJna.StringsLibrary.repeat(null, 1, buf.pointer(), 16));
            assertEquals(-1, StringsJna.StringsLibrary.repeatSize(null, 1));
            assertEquals(0, StringsFfm.repeat(arena.allocateFrom("x"), 1, MemorySegment.NULL, 16).address());
            assertNull(StringsJna.StringsLibrary.repeat("x", 1, null, 16));
        }
    }

    /** Results a Java String cannot be built from are refused in Java, before any allocation or call. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void tooLargeIsRefusedBeforeAllocating(Strings go) {
        var e = assertThrows(IllegalArgumentException.class, () -> go.repeat("ab", Integer.MAX_VALUE));
        assertTrue(e.getMessage().contains("4294967294 bytes of UTF-8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> go.repeat("🙂", Integer.MAX_VALUE / 4 + 1));
        try (GuardedBuffer buf = GuardedBuffer.allocate(16)) {
            assertThrows(IllegalArgumentException.class, () -> go.repeat("ab", Integer.MAX_VALUE, buf.segment()));
        }
        assertEquals(Strings.MAX_RESULT_BYTES + 1, Strings.bytesNeeded("a", Integer.MAX_VALUE - 8));
    }

    /** The byte counts the demo prints: UTF-8 bytes, not chars. */
    @Test
    void utf8LengthsOfTheDemoStrings() {
        assertEquals(2, "Ёж".length());
        assertEquals(4, Checks.utf8Length("Ёж", "s"));
        assertEquals(6, Checks.utf8Length("世界", "s"));
        assertEquals(2, "🙂".length());
        assertEquals(4, Checks.utf8Length("🙂", "s"));
        assertEquals("é".getBytes(UTF_8).length, Checks.utf8Length("é", "s"));
    }

    /** FFM's getString stops at the segment's end: with no NUL inside, an exception, not a read beyond. */
    @Test
    void ffmGetStringIsBoundedByTheSegment() {
        try (GuardedBuffer buf = GuardedBuffer.allocate(16, (byte) 'x')) {
            assertThrows(IndexOutOfBoundsException.class, () -> buf.segment().getString(0));
        }
    }

    /** JNA's own buffer type works the same way, and a closed one is refused. */
    @Test
    void jnaMemoryBuffer() {
        StringsJna jna = new StringsJna();
        try (Memory out = new Memory(13)) {
            assertEquals("ЁжЁжЁж", jna.repeat("Ёж", 3, out));
            var e = assertThrows(BufferTooSmallException.class, () -> jna.repeat("Ёж", 4, out));
            assertEquals(17, e.needed());
            assertEquals(13, e.capacity());
            assertEquals(0, out.getByte(0));
        }
        Memory closed = new Memory(16);
        closed.close();
        assertThrows(IllegalStateException.class, () -> jna.repeat("x", 1, closed));
    }
}
