package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each run with both bindings: the article's call, and every way a call is refused. */
class SquaresTest {
    static final List<Squares> BINDINGS = List.of(new SquaresFfm(), new SquaresJna());

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesExample(Squares go) {
        assertArrayEquals(new double[] {1, 4, 9, 16, 25}, go.squares(new double[] {1, 2, 3, 4, 5}));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void nullArraysAndSegmentsAreRefused(Squares go) {
        MemorySegment some = Arena.ofAuto().allocate(JAVA_DOUBLE, 1);
        assertEquals("in must not be null", assertThrows(NullPointerException.class, () -> go.squares(null)).getMessage());
        assertTrue(assertThrows(NullPointerException.class, () -> go.squares(null, new double[1], 1))
                .getMessage().startsWith("in must not be null"));
        assertTrue(assertThrows(NullPointerException.class, () -> go.squares(new double[1], null, 1))
                .getMessage().startsWith("out must not be null"));
        assertTrue(assertThrows(NullPointerException.class, () -> go.squares(null, some, 1))
                .getMessage().startsWith("in must not be null"));
        assertTrue(assertThrows(NullPointerException.class, () -> go.squares(some, null, 1))
                .getMessage().startsWith("out must not be null"));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aSegmentOfAClosedArenaIsRefused(Squares go) {
        MemorySegment open = Arena.ofAuto().allocate(JAVA_DOUBLE, 4);
        MemorySegment closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = arena.allocate(JAVA_DOUBLE, 4);
        }
        var e = assertThrows(IllegalStateException.class, () -> go.squares(closed, open, 4));
        assertEquals("in is already closed: its arena was closed before the call", e.getMessage());
        assertThrows(IllegalStateException.class, () -> go.squares(open, closed, 0));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aSegmentConfinedToAnotherThreadIsRefused(Squares go) throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mine = arena.allocate(JAVA_DOUBLE, 4);
            var failure = CompletableFuture.runAsync(() -> go.squares(mine, mine, 4));
            var e = assertThrows(ExecutionException.class, failure::get);
            assertTrue(e.getCause() instanceof WrongThreadException, e.toString());
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aReadOnlyOutputIsRefused(Squares go) {
        MemorySegment in = Arena.ofAuto().allocateFrom(JAVA_DOUBLE, 3, 4);
        double[] target = {7, 7};
        var e = assertThrows(IllegalArgumentException.class,
                () -> go.squares(in, MemorySegment.ofArray(target).asReadOnly(), 2));
        assertTrue(e.getMessage().startsWith("out is read-only"), e.getMessage());
        assertArrayEquals(new double[] {7, 7}, target);
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aMisalignedSegmentIsRefused(Squares go) {
        MemorySegment off = Arena.ofAuto().allocate(JAVA_DOUBLE, 3).asSlice(4);
        MemorySegment ok = Arena.ofAuto().allocate(JAVA_DOUBLE, 3);
        var e = assertThrows(IllegalArgumentException.class, () -> go.squares(off, ok, 2));
        assertTrue(e.getMessage().startsWith("in is not 8-byte aligned"), e.getMessage());
        // A byte[] gives FFM no promise of 8-byte alignment at all.
        assertThrows(IllegalArgumentException.class, () -> go.squares(ok, MemorySegment.ofArray(new byte[16]), 2));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theLargestCountsAreRefusedWithoutOverflow(Squares go) {
        MemorySegment s = Arena.ofAuto().allocate(JAVA_DOUBLE, 2);
        for (long n : new long[] {3, Long.MAX_VALUE / 8, Long.MAX_VALUE / 8 + 1, Long.MAX_VALUE}) {
            var e = assertThrows(IndexOutOfBoundsException.class, () -> go.squares(s, s, n));
            assertEquals("n = " + n + " doubles do not fit in in (16 bytes, room for 2): pass n <= 2 or a bigger segment",
                    e.getMessage());
        }
        var e = assertThrows(IndexOutOfBoundsException.class,
                () -> go.squares(new double[4], 1, new double[4], 0, Integer.MAX_VALUE));
        assertEquals("n = 2147483647 doubles from inOffset 1 do not fit in in (length 4): pass n <= 3 or a bigger array",
                e.getMessage());
    }

    /** Zero is a count like any other: nothing to do, through every path. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void zeroElementsIsNothingToDo(Squares go) {
        double[] a = {2, 3};
        go.squares(a, 2, a, 0, 0);
        go.squares(a, a, 0);
        go.squares(MemorySegment.ofArray(a), MemorySegment.ofArray(a), 0);
        go.squares(MemorySegment.ofArray(new double[0]), Arena.ofAuto().allocate(8), 0);
        assertEquals(0, go.squares(new double[0]).length);
        assertArrayEquals(new double[] {2, 3}, a);
    }

    /** Found by planting a forward-only loop in Go: the output one element after the input. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void overlappingRangesBothWays(Squares go) {
        double[] later = {2, 3, 4};
        go.squares(later, 0, later, 1, 2);
        assertArrayEquals(new double[] {2, 4, 9}, later);
        double[] earlier = {2, 3, 4};
        go.squares(earlier, 1, earlier, 0, 2);
        assertArrayEquals(new double[] {9, 16, 4}, earlier);
        MemorySegment segment = Arena.ofAuto().allocateFrom(JAVA_DOUBLE, 2, 3, 4);
        go.squares(segment, segment.asSlice(8), 2);
        assertArrayEquals(new double[] {2, 4, 9}, segment.toArray(JAVA_DOUBLE));
    }

    // docs:begin nan
    /**
     * Measured on amd64: squaring a signaling NaN gives the quiet NaN with the same payload, and a
     * quiet NaN keeps its sign and payload, in Go exactly as in Java.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void nanPayloadsOnAmd64(Squares go) {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "measured on amd64 only");
        double signaling = Double.longBitsToDouble(0x7ff0_0000_0000_0001L);
        double negativeQuiet = Double.longBitsToDouble(0xfff8_0000_0000_0123L);
        double[] out = go.squares(new double[] {signaling, negativeQuiet});
        assertEquals(0x7ff8_0000_0000_0001L, Double.doubleToRawLongBits(out[0]));
        assertEquals(0xfff8_0000_0000_0123L, Double.doubleToRawLongBits(out[1]));
        assertEquals(0x7ff8_0000_0000_0001L, Double.doubleToRawLongBits(signaling * signaling));
        assertEquals(0xfff8_0000_0000_0123L, Double.doubleToRawLongBits(negativeQuiet * negativeQuiet));
    }
    // docs:end nan

    /** What SquaresFfm avoids: without critical(true), FFM refuses a heap segment. */
    @Test
    void ffmRefusesHeapSegmentsWithoutCritical() {
        MemorySegment heap = MemorySegment.ofArray(new double[] {3});
        var e = assertThrows(IllegalArgumentException.class, () -> Raw.ffm(heap, heap, 1));
        assertTrue(e.getMessage().contains("Heap segment not allowed"), e.getMessage());
    }
}
