package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples and failure cases of the Java API, each against both bindings. */
class StringArraysTest {
    private static final GoLibrary LIB = GoLibrary.load("stringarrays");

    static final List<StringArrays> BINDINGS = List.of(new StringArraysFfm(), new StringArraysJna());

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesExample(StringArrays go) {
        assertEquals("yabadabadoo!", go.joinCounted(new String[] {"yab", "dab", "doo!"}, "a"));
        assertEquals(13, go.joinSize(new String[] {"yab", "dab", "doo!"}, "a"));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void anEmptyArrayJoinsToAnEmptyString(StringArrays go) {
        assertEquals("", go.joinCounted(new String[0], ","));
        assertEquals(1, go.joinSize(new String[0], ","));
        assertEquals(1, go.joinCountedSize(new String[0], ","));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(1).fill((byte) 'x');
            assertTrue(go.joinInto(new String[0], ",", out));
            assertEquals(0, out.get(JAVA_BYTE, 0));
        }
    }

    /**
     * One byte short: the case jqwik shrank to when Go was made to accept need == outN + 1 and
     * write the NUL at out[outN] (the planted bug of this lesson). Go must refuse, not spill.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void oneByteShortWritesOnlyAnEmptyString(StringArrays go) {
        String[] strs = {" "};
        try (GuardedBuffer out = GuardedBuffer.allocate(1)) {
            assertFalse(go.joinInto(strs, "", out.segment()));
            assertEquals(0, out.segment().get(JAVA_BYTE, 0));
        }
        try (GuardedBuffer out = GuardedBuffer.allocate(1)) {
            assertFalse(go.joinCountedInto(strs, "", out.segment()));
            assertEquals(0, out.segment().get(JAVA_BYTE, 0));
        }
    }

    /** Sizes count UTF-8 bytes, not Java chars: "é" is 2 bytes and 1 char, "🙂" 4 bytes and 2 chars. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void sizesAreUtf8Bytes(StringArrays go) {
        String[] strs = {"é", "🙂"};
        assertEquals(4, String.join("-", strs).length());
        assertEquals(2 + 1 + 4 + 1, go.joinCountedSize(strs, "-"));
        assertEquals("é-🙂", go.joinCounted(strs, "-"));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void nullArgumentsSayWhatToPass(StringArrays go) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(16);
            String[] strs = {"a"};
            assertMessage(assertThrows(NullPointerException.class, () -> go.joinCounted(null, ",")),
                    "strs must not be null");
            assertMessage(assertThrows(NullPointerException.class, () -> go.joinSize(strs, null)),
                    "sep must not be null: pass \"\"");
            assertMessage(assertThrows(NullPointerException.class, () -> go.joinInto(strs, ",", null)),
                    "out must not be null");
            assertMessage(assertThrows(NullPointerException.class, () -> go.joinCountedInto(new String[] {null}, ",", out)),
                    "strs[0] is null");
        }
    }

    /** A lone surrogate has no UTF-8 form; FFM and JNA would both send '?' instead, so it is refused. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void unpairedSurrogatesAreRefused(StringArrays go) {
        assertMessage(assertThrows(IllegalArgumentException.class, () -> go.joinCounted(new String[] {"ok", "a\uD83D"}, ",")),
                "strs[1] holds an unpaired surrogate (U+D83D) at index 1");
        assertMessage(assertThrows(IllegalArgumentException.class, () -> go.joinCounted(new String[] {"ok"}, "\uDE42")),
                "sep holds an unpaired surrogate (U+DE42) at index 0");
        assertEquals("a\uD83D\uDE42", go.joinCounted(new String[] {"a\uD83D\uDE42"}, ",")); // a pair is fine
    }

    /**
     * Why a NUL inside a string is refused: allocateFrom copies every char and adds a NUL, but
     * a C reader, Go among them, stops at the first NUL it meets.
     */
    @Test
    void ffmAllocateFromCopiesPastANulButGoStopsThere() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment c = arena.allocateFrom("ab\0cd");
            assertArrayEquals(new byte[] {'a', 'b', 0, 'c', 'd', 0}, c.toArray(ValueLayout.JAVA_BYTE));
            MemorySegment array = StringArraysFfm.cArray(arena, new String[] {"ab\0cd"}, false);
            assertEquals(3, new StringArraysGoTest.RawFfm().joinCountedSize(array, 1, ""), "Go reads \"ab\" and its NUL");
        }
    }

    /**
     * Why an unpaired surrogate is refused: FFM's allocateFrom sends '?' in its place, silently
     * (JNA does the same: JnaStringArrayTest.stringArrayWritesBackIntoItsSourceArray).
     */
    @Test
    void ffmAllocateFromSendsAnUnpairedSurrogateAsAQuestionMark() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment c = arena.allocateFrom("a\uD800b");
            assertEquals("a?b", c.getString(0, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void unusableOutSegmentsAreRefused(StringArrays go) throws Exception {
        String[] strs = {"a", "b"};
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> go.joinInto(strs, ",", MemorySegment.ofArray(new byte[16]))), "out is a heap segment: Go can only write into native memory");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment readOnly = arena.allocate(16).asReadOnly();
            assertMessage(assertThrows(IllegalArgumentException.class,
                    () -> go.joinCountedInto(strs, ",", readOnly)), "out is read-only");
            MemorySegment mine = arena.allocate(16);
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> CompletableFuture.runAsync(() -> go.joinInto(strs, ",", mine)).get());
            assertTrue(e.getCause() instanceof WrongThreadException, String.valueOf(e.getCause()));
        }
        MemorySegment closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = arena.allocate(16);
        }
        assertMessage(assertThrows(IllegalStateException.class, () -> go.joinInto(strs, ",", closed)),
                "out is already closed");
    }

    /** The bindings work on a checked copy: changing the caller's array after the check changes nothing. */
    @Test
    void theCallersArrayIsReadOnce() {
        String[] strs = {"a", "b", "c"};
        String[] copy = Checks.cStrings(strs, "strs", "never here");
        strs[1] = null;
        assertEquals("a,b,c", String.join(",", copy));
        assertFalse(copy == strs, "the checked array must be a copy");
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void manyStringsAndLongOnes(StringArrays go) {
        String[] many = new String[10_000];
        java.util.Arrays.setAll(many, Integer::toString);
        assertEquals(String.join(";", many), go.joinCounted(many, ";"));
        String[] longOnes = {"x".repeat(1 << 20), "é".repeat(1 << 19)};
        long live = LIB.liveAllocations();
        assertEquals(String.join("", longOnes), go.joinCounted(longOnes, ""));
        assertEquals(live, LIB.liveAllocations());
    }

    private static void assertMessage(RuntimeException e, String part) {
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
