package dev.gofromjava.bridge;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Each check refuses what it must, with a message that names the argument and the way out, and lets the rest pass. */
class ChecksTest {
    @Test
    void countsAreNotNegative() {
        assertEquals(0, Checks.count(0, "n"));
        assertEquals("terms must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> Checks.count(-1, "terms")).getMessage());
    }

    @Test
    void arrayRangesSayHowMuchFits() {
        Checks.fits("in", 4, 1, 3, "doubles");
        Checks.fits("in", 4, 4, 0, "doubles");
        assertEquals("inOffset 5 is outside in (length 4)",
                assertThrows(IndexOutOfBoundsException.class, () -> Checks.fits("in", 4, 5, 0, "doubles")).getMessage());
        assertEquals("n = 2147483647 doubles from inOffset 1 do not fit in in (length 4): pass n <= 3 or a bigger array",
                assertThrows(IndexOutOfBoundsException.class, () -> Checks.fits("in", 4, 1, Integer.MAX_VALUE, "doubles"))
                        .getMessage());
        assertEquals("n = 3 longs do not fit in nums (length 2): pass n <= 2 or a bigger array",
                assertThrows(IndexOutOfBoundsException.class, () -> Checks.fits("nums", 2, 3, "longs")).getMessage());
    }

    @Test
    void segmentsMustHoldTheElementsAlignedAndBeUsableHere() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(JAVA_DOUBLE, 2);
            Checks.elements("in", s, 2, JAVA_DOUBLE);
            assertEquals("n = 3 doubles do not fit in in (16 bytes, room for 2): pass n <= 2 or a bigger segment",
                    assertThrows(IndexOutOfBoundsException.class, () -> Checks.elements("in", s, 3, JAVA_DOUBLE)).getMessage());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Checks.elements("in", s.asSlice(4, 8), 1, JAVA_DOUBLE))
                    .getMessage().startsWith("in is not 8-byte aligned"));
            var other = CompletableFuture.runAsync(() -> Checks.elements("in", s, 1, JAVA_DOUBLE));
            assertTrue(assertThrows(ExecutionException.class, other::get).getCause() instanceof WrongThreadException);
            assertEquals("out is read-only: pass a writable segment",
                    assertThrows(IllegalArgumentException.class, () -> Checks.writable("out", s.asReadOnly())).getMessage());
        }
        MemorySegment closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = arena.allocate(8);
        }
        assertEquals("out is already closed: its arena was closed before the call",
                assertThrows(IllegalStateException.class, () -> Checks.output(closed, "out")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Checks.output(MemorySegment.ofArray(new byte[8]), "out"))
                .getMessage().startsWith("out is a heap segment"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Checks.heapArrayOf("nums", MemorySegment.ofArray(new int[2]), long[].class))
                .getMessage().contains("must wrap a long[]"));
    }

    @Test
    void aLongBufferMustBeWritableNativeOrderedAndOverLongs() {
        LongBuffer direct = ByteBuffer.allocateDirect(32).order(ByteOrder.nativeOrder()).asLongBuffer();
        assertEquals(32, Checks.longs(direct, "nums").byteSize());
        assertEquals(16, Checks.longs(LongBuffer.wrap(new long[4]).position(2), "nums").byteSize());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Checks.longs(direct.asReadOnlyBuffer(), "nums"))
                .getMessage().contains("read-only"));
        ByteOrder other = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Checks.longs(ByteBuffer.allocateDirect(16).order(other).asLongBuffer(), "nums"))
                .getMessage().contains("order(ByteOrder.nativeOrder())"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Checks.longs(ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).asLongBuffer(), "nums"))
                .getMessage().contains("view of a heap ByteBuffer"));
    }

    @Test
    void cStringArraysAreCopiedAndHaveNoNull() {
        String[] strs = {"a", "b"};
        String[] copy = Checks.cStrings(strs, "strs", "why {i}");
        strs[0] = null;
        assertArrayEquals(new String[] {"a", "b"}, copy);
        assertEquals("strs[1] is null: why 1",
                assertThrows(NullPointerException.class, () -> Checks.cStrings(new String[] {"a", null}, "strs", "why {i}"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Checks.cStrings(new String[] {"a\0"}, "strs", "-"))
                .getMessage().startsWith("strs[0] holds a NUL character at index 1"));
    }

    @Test
    void utf8LengthsAndWhatCannotCross() {
        assertEquals(1 + 2 + 3 + 4, Checks.utf8Length("aé€🙂", "s"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Checks.utf8Length("\uD800x", "s"))
                .getMessage().startsWith("s holds an unpaired surrogate (U+D800) at index 0"));
        assertEquals("s must not be null", assertThrows(NullPointerException.class, () -> Checks.utf8Length(null, "s")).getMessage());
    }

    @Test
    void pairsAndNonEmptyArrays() {
        assertEquals("dot needs arrays of the same length, got 3 and 2",
                assertThrows(IllegalArgumentException.class, () -> Checks.sameLength(new double[3], new double[2], "dot"))
                        .getMessage());
        assertEquals("touch reads the first and last element: the array must not be empty",
                assertThrows(IllegalArgumentException.class,
                        () -> Checks.notEmpty(new double[0], "touch reads the first and last element")).getMessage());
        Checks.elements("nums", MemorySegment.ofArray(new long[2]), 2, JAVA_LONG);
    }
}
