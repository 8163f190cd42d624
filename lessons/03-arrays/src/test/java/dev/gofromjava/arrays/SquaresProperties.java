package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Negative;
import net.jqwik.api.statistics.Statistics;

/**
 * Every property runs against both bindings, and a failure names the binding. Around each call the
 * Go allocation ledger is read: squares allocates nothing, so it must not move.
 */
class SquaresProperties {
    private static final List<Squares> BINDINGS = List.of(new SquaresFfm(), new SquaresJna());
    private static final GoLibrary LIB = GoLibrary.load("arrays");
    private static final int MARGIN = 3;

    @Provide
    Arbitrary<Doubles> doubles() {
        return Doubles.any();
    }

    // docs:begin heap
    /**
     * A range of one array squared into a range of another: every result is bit for bit Java's
     * {@code x * x}, and no element around either range changes (the heap analogue of guard bytes).
     */
    @Property
    void heapRangesAreSquaredBitExactly(@ForAll("doubles") Doubles input,
                                        @ForAll @IntRange(max = MARGIN) int inOffset, @ForAll @IntRange(max = MARGIN) int inAfter,
                                        @ForAll @IntRange(max = MARGIN) int outOffset, @ForAll @IntRange(max = MARGIN) int outAfter) {
        double[] values = input.values();
        int n = values.length;
        Statistics.label("length").collect(n <= 64 ? "0..64" : n <= 4096 ? "65..4096" : "4097..100000");
        for (Squares go : BINDINGS) {
            double[] in = surround(values, inOffset, inAfter, input.seed());
            double[] out = surround(new double[n], outOffset, outAfter, ~input.seed());
            double[] inBefore = in.clone();
            double[] outBefore = out.clone();
            long live = LIB.liveAllocations();

            go.squares(in, inOffset, out, outOffset, n);

            assertEquals(live, LIB.liveAllocations(), go + ": ledger");
            assertBitsEqual(inBefore, in, 0, in.length, go + ": in changed");
            assertBitsEqual(outBefore, out, 0, outOffset, go + ": out changed before the range");
            assertBitsEqual(outBefore, out, outOffset + n, out.length, go + ": out changed after the range");
            assertSquares(values, i -> out[outOffset + i], go + " " + input);
        }
    }
    // docs:end heap

    /**
     * The largest arrays on every run, whatever the number of tries: the properties draw one above
     * 4096 only one time in twenty, and memcheck runs them with ten tries. At 100 000 doubles a
     * heap array goes to Go in several critical calls (CriticalChunks), so the overlapping cases
     * also check that the pieces go in the right order.
     */
    @Example
    void theLargestArraysToo() {
        heapRangesAreSquaredBitExactly(new Doubles(42, Doubles.MAX_LENGTH), 1, 2, 3, 1);
        wholeArraysAreSquaredBitExactly(new Doubles(7, 4097));
        offHeapSegmentsAreSquaredWithGuardsIntact(new Doubles(9, Doubles.MAX_LENGTH), 5);
        overlappingRangesActAsIfTheInputWereCopiedFirst(new Doubles(11, Doubles.MAX_LENGTH), 0, 3);
        overlappingRangesActAsIfTheInputWereCopiedFirst(new Doubles(12, Doubles.MAX_LENGTH), 5, 1);
    }

    /** The whole-array form: offsets 0 and two distinct arrays, which JNA passes as double[] parameters. */
    @Property
    void wholeArraysAreSquaredBitExactly(@ForAll("doubles") Doubles input) {
        double[] values = input.values();
        for (Squares go : BINDINGS) {
            double[] in = values.clone();
            long live = LIB.liveAllocations();
            double[] out = go.squares(in);
            assertEquals(live, LIB.liveAllocations(), go + ": ledger");
            assertBitsEqual(values, in, 0, in.length, go + ": in changed");
            assertSquares(values, i -> out[i], go + " " + input);
        }
    }

    // docs:begin offheap
    /**
     * Off-heap segments with guard bytes on both sides, and an output with a few spare bytes:
     * Go writes exactly n doubles, nothing before, nothing after, and never touches the input.
     */
    @Property
    void offHeapSegmentsAreSquaredWithGuardsIntact(@ForAll("doubles") Doubles input, @ForAll @IntRange(max = 16) int spare) {
        double[] values = input.values();
        long bytes = (long) values.length * Double.BYTES;
        for (Squares go : BINDINGS) {
            try (GuardedBuffer in = GuardedBuffer.allocate(bytes);
                 GuardedBuffer out = GuardedBuffer.allocate(bytes + spare)) {
                MemorySegment.copy(values, 0, in.segment(), JAVA_DOUBLE, 0, values.length);
                long live = LIB.liveAllocations();

                go.squares(in.segment(), out.segment(), values.length);

                assertEquals(live, LIB.liveAllocations(), go + ": ledger");
                in.checkGuards();
                out.checkGuards();
                assertBitsEqual(values, in.segment().toArray(JAVA_DOUBLE), 0, values.length, go + ": in changed");
                for (long b = bytes; b < bytes + spare; b++) {
                    assertEquals((byte) 0x5A, out.segment().get(JAVA_BYTE, b), go + ": spare byte " + b + " written");
                }
                assertSquares(values, i -> out.segment().getAtIndex(JAVA_DOUBLE, i), go + " " + input);
            }
        }
    }
    // docs:end offheap

    /** Heap and off-heap segments mixed in every combination; heap segments are slices of bigger arrays. */
    @Property
    void heapAndOffHeapSegmentsMix(@ForAll("doubles") Doubles input, @ForAll boolean inOnHeap, @ForAll boolean outOnHeap) {
        double[] values = input.values();
        int n = values.length;
        long bytes = (long) n * Double.BYTES;
        for (Squares go : BINDINGS) {
            double[] inArray = surround(values, MARGIN, MARGIN, input.seed());
            double[] outArray = surround(new double[n], MARGIN, MARGIN, ~input.seed());
            double[] outBefore = outArray.clone();
            try (GuardedBuffer inBuffer = GuardedBuffer.allocate(bytes);
                 GuardedBuffer outBuffer = GuardedBuffer.allocate(bytes)) {
                MemorySegment.copy(values, 0, inBuffer.segment(), JAVA_DOUBLE, 0, n);
                MemorySegment in = inOnHeap ? MemorySegment.ofArray(inArray).asSlice(MARGIN * 8L, bytes) : inBuffer.segment();
                MemorySegment out = outOnHeap ? MemorySegment.ofArray(outArray).asSlice(MARGIN * 8L, bytes) : outBuffer.segment();
                long live = LIB.liveAllocations();

                go.squares(in, out, n);

                assertEquals(live, LIB.liveAllocations(), go + ": ledger");
                inBuffer.checkGuards();
                outBuffer.checkGuards();
                assertBitsEqual(values, in.toArray(JAVA_DOUBLE), 0, n, go + ": in changed");
                assertBitsEqual(outBefore, outArray, 0, MARGIN, go + ": out array changed before the slice");
                assertBitsEqual(outBefore, outArray, MARGIN + n, outArray.length, go + ": out array changed after the slice");
                assertSquares(values, i -> out.getAtIndex(JAVA_DOUBLE, i), go + " " + input + " heap in/out " + inOnHeap + "/" + outOnHeap);
            }
        }
    }

    // docs:begin inplace
    /** in == out: the same array at the same offset, and the same off-heap segment. */
    @Property
    void squaresInPlace(@ForAll("doubles") Doubles input, @ForAll @IntRange(max = MARGIN) int offset) {
        double[] values = input.values();
        int n = values.length;
        for (Squares go : BINDINGS) {
            double[] array = surround(values, offset, MARGIN, input.seed());
            double[] before = array.clone();
            long live = LIB.liveAllocations();
            go.squares(array, offset, array, offset, n);
            assertBitsEqual(before, array, 0, offset, go + ": changed before the range");
            assertBitsEqual(before, array, offset + n, array.length, go + ": changed after the range");
            assertSquares(values, i -> array[offset + i], go + " heap " + input);

            try (GuardedBuffer buffer = GuardedBuffer.allocate((long) n * Double.BYTES)) {
                MemorySegment.copy(values, 0, buffer.segment(), JAVA_DOUBLE, 0, n);
                go.squares(buffer.segment(), buffer.segment(), n);
                assertEquals(live, LIB.liveAllocations(), go + ": ledger");
                buffer.checkGuards();
                assertSquares(values, i -> buffer.segment().getAtIndex(JAVA_DOUBLE, i), go + " off-heap " + input);
            }
        }
    }
    // docs:end inplace

    /**
     * Partly overlapping ranges of one array or one segment, the output before or after the input:
     * the result is as if the input had been copied first (memmove semantics), nothing else changes.
     */
    @Property
    void overlappingRangesActAsIfTheInputWereCopiedFirst(@ForAll("doubles") Doubles input,
                                                         @ForAll @IntRange(max = 8) int inAt,
                                                         @ForAll @IntRange(max = 8) int outAt) {
        double[] values = input.values();
        int inOffset = Math.min(inAt, values.length);
        int outOffset = Math.min(outAt, values.length);
        int n = Math.max(0, values.length - Math.max(inOffset, outOffset));
        double[] expectedIn = Arrays.copyOfRange(values, inOffset, inOffset + n);
        for (Squares go : BINDINGS) {
            double[] array = values.clone();
            long live = LIB.liveAllocations();
            go.squares(array, inOffset, array, outOffset, n);
            assertBitsEqual(values, array, 0, outOffset, go + ": changed before the output range");
            assertBitsEqual(values, array, outOffset + n, array.length, go + ": changed after the output range");
            assertSquares(expectedIn, i -> array[outOffset + i], go + " heap " + input + " in@" + inOffset + " out@" + outOffset);

            double[] backing = values.clone();
            MemorySegment heap = MemorySegment.ofArray(backing);
            go.squares(heap.asSlice(inOffset * 8L), heap.asSlice(outOffset * 8L), n);
            assertBitsEqual(values, backing, 0, outOffset, go + ": heap segment changed before the output range");
            assertBitsEqual(values, backing, outOffset + n, backing.length, go + ": heap segment changed after the output range");
            assertSquares(expectedIn, i -> backing[outOffset + i], go + " heap segment " + input + " in@" + inOffset + " out@" + outOffset);

            try (GuardedBuffer buffer = GuardedBuffer.allocate((long) values.length * Double.BYTES)) {
                MemorySegment whole = buffer.segment();
                MemorySegment.copy(values, 0, whole, JAVA_DOUBLE, 0, values.length);
                go.squares(whole.asSlice(inOffset * 8L), whole.asSlice(outOffset * 8L), n);
                assertEquals(live, LIB.liveAllocations(), go + ": ledger");
                buffer.checkGuards();
                double[] after = whole.toArray(JAVA_DOUBLE);
                assertBitsEqual(values, after, 0, outOffset, go + ": segment changed before the output range");
                assertBitsEqual(values, after, outOffset + n, after.length, go + ": segment changed after the output range");
                assertSquares(expectedIn, i -> after[outOffset + i], go + " off-heap " + input + " in@" + inOffset + " out@" + outOffset);
            }
        }
    }

    // docs:begin refused
    /** An n that does not fit either array is refused before Go runs: nothing changes, nothing leaks. */
    @Property
    void tooLargeCountsAreRefusedForArrays(@ForAll @IntRange(max = 64) int inLength, @ForAll @IntRange(max = 64) int outLength,
                                           @ForAll @IntRange(max = 64) int inOffset, @ForAll @IntRange(max = 64) int outOffset,
                                           @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int n) {
        boolean fits = inOffset <= inLength && outOffset <= outLength
                && n <= inLength - inOffset && n <= outLength - outOffset;
        Assume.that(!fits);
        for (Squares go : BINDINGS) {
            double[] in = surround(new double[0], inLength, 0, n);
            double[] out = surround(new double[0], outLength, 0, ~n);
            double[] inBefore = in.clone();
            double[] outBefore = out.clone();
            long live = LIB.liveAllocations();
            var e = assertThrows(IndexOutOfBoundsException.class, () -> go.squares(in, inOffset, out, outOffset, n), go.toString());
            assertTrue(e.getMessage().contains("Offset") || e.getMessage().contains("pass n <="), go + ": " + e.getMessage());
            assertBitsEqual(inBefore, in, 0, in.length, go + ": in changed");
            assertBitsEqual(outBefore, out, 0, out.length, go + ": out changed");
            assertEquals(live, LIB.liveAllocations(), go + ": ledger");
        }
    }
    // docs:end refused

    /** The same for segments, with counts up to Long.MAX_VALUE (n * 8 would overflow: the check divides instead). */
    @Property
    void tooLargeCountsAreRefusedForSegments(@ForAll @IntRange(max = 64) int inDoubles, @ForAll @IntRange(max = 64) int outDoubles,
                                             @ForAll @IntRange(max = 7) int extraBytes,
                                             @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long excess) {
        long n = Math.min(inDoubles, outDoubles) + excess;
        n = n < 0 ? Long.MAX_VALUE : n; // saturate: excess near Long.MAX_VALUE
        for (Squares go : BINDINGS) {
            try (GuardedBuffer in = GuardedBuffer.allocate(inDoubles * 8L + extraBytes);
                 GuardedBuffer out = GuardedBuffer.allocate(outDoubles * 8L + extraBytes)) {
                long live = LIB.liveAllocations();
                long count = n;
                var e = assertThrows(IndexOutOfBoundsException.class, () -> go.squares(in.segment(), out.segment(), count), go.toString());
                assertTrue(e.getMessage().contains("pass n <= " + Math.min(inDoubles, outDoubles))
                        || e.getMessage().contains("pass n <= " + Math.max(inDoubles, outDoubles)), go + ": " + e.getMessage());
                for (long b = 0; b < out.capacity(); b++) {
                    assertEquals((byte) 0x5A, out.segment().get(JAVA_BYTE, b), go + ": out byte " + b + " written");
                }
                assertEquals(live, LIB.liveAllocations(), go + ": ledger");
            }
        }
    }

    @Property
    void negativeCountsAreRefused(@ForAll @Negative int n, @ForAll @Negative long m) {
        long live = LIB.liveAllocations();
        for (Squares go : BINDINGS) {
            double[] out = {7, 7};
            var e = assertThrows(IllegalArgumentException.class, () -> go.squares(new double[2], out, n), go.toString());
            assertEquals("n must be >= 0, got " + n, e.getMessage(), go.toString());
            try (GuardedBuffer in = GuardedBuffer.allocate(16); GuardedBuffer o = GuardedBuffer.allocate(16)) {
                var f = assertThrows(IllegalArgumentException.class, () -> go.squares(in.segment(), o.segment(), m), go.toString());
                assertEquals("n must be >= 0, got " + m, f.getMessage(), go.toString());
                assertEquals(0x5A5A_5A5A_5A5A_5A5AL, o.segment().get(JAVA_LONG, 0), go + ": out written");
            }
            assertEquals(7.0, out[0], go + ": out written");
        }
        assertEquals(live, LIB.liveAllocations(), "ledger");
    }

    @Property
    void offsetsOutsideTheArrayAreRefused(@ForAll @IntRange(max = 16) int length, @ForAll int inOffset, @ForAll int outOffset) {
        Assume.that(inOffset < 0 || inOffset > length || outOffset < 0 || outOffset > length);
        long live = LIB.liveAllocations();
        for (Squares go : BINDINGS) {
            var e = assertThrows(IndexOutOfBoundsException.class,
                    () -> go.squares(new double[length], inOffset, new double[length], outOffset, 0), go.toString());
            assertTrue(e.getMessage().contains("Offset"), go + ": " + e.getMessage());
        }
        assertEquals(live, LIB.liveAllocations(), "ledger");
    }

    // docs:begin goside
    /**
     * Go's own checks, called past the Java ones: with n <= 0, a NULL pointer, or an n whose byte size
     * overflows, Go returns without reading or writing anything, and no panic was needed.
     */
    @Property
    void goIgnoresCountsItCannotUse(@ForAll("unusableCounts") long n, @ForAll boolean nullIn, @ForAll boolean nullOut) {
        long panics = LIB.recoveredPanics();
        long live = LIB.liveAllocations();
        try (GuardedBuffer in = GuardedBuffer.allocate(64, (byte) 0x11); GuardedBuffer out = GuardedBuffer.allocate(64)) {
            MemorySegment from = nullIn ? MemorySegment.NULL : in.segment();
            MemorySegment to = nullOut ? MemorySegment.NULL : out.segment();
            Raw.ffm(from, to, n);
            Raw.jna(from, to, n);
            for (long b = 0; b < 64; b++) {
                assertEquals((byte) 0x5A, out.segment().get(JAVA_BYTE, b), "out byte " + b + " written, n = " + n);
            }
        }
        assertEquals(panics, LIB.recoveredPanics(), "panics");
        assertEquals(live, LIB.liveAllocations(), "ledger");
    }

    @Provide
    Arbitrary<Long> unusableCounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().lessOrEqual(0),
                Arbitraries.longs().greaterOrEqual(Long.MAX_VALUE / 8 + 1));
    }
    // docs:end goside

    /** NULL with a count that would fit: Go still refuses, whichever pointer is NULL. */
    @Property
    void goIgnoresNullPointers(@ForAll @LongRange(min = 1, max = 8) long n, @ForAll boolean nullIn) {
        long live = LIB.liveAllocations();
        try (GuardedBuffer buffer = GuardedBuffer.allocate(64)) {
            MemorySegment in = nullIn ? MemorySegment.NULL : buffer.segment();
            MemorySegment out = nullIn ? buffer.segment() : MemorySegment.NULL;
            Raw.ffm(in, out, n);
            Raw.jna(in, out, n);
            for (long b = 0; b < 64; b++) {
                assertEquals((byte) 0x5A, buffer.segment().get(JAVA_BYTE, b), "byte " + b + " written");
            }
        }
        assertEquals(live, LIB.liveAllocations(), "ledger");
    }

    // ---- helpers

    interface DoubleAt {
        double get(int index);
    }

    /** Fails unless result(i) has exactly the bits of Java's values[i] * values[i], for every i. */
    static void assertSquares(double[] values, DoubleAt result, String what) {
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            long expected = Double.doubleToRawLongBits(x * x);
            long actual = Double.doubleToRawLongBits(result.get(i));
            if (expected != actual) {
                throw new AssertionError(String.format("%s: at %d, x = %s (0x%016x): Java's x*x is 0x%016x, Go's 0x%016x",
                        what, i, x, Double.doubleToRawLongBits(x), expected, actual));
            }
        }
    }

    /** Fails unless expected[from, to) and actual[from, to) hold the same bits. */
    static void assertBitsEqual(double[] expected, double[] actual, int from, int to, String what) {
        for (int i = from; i < to; i++) {
            long e = Double.doubleToRawLongBits(expected[i]);
            long a = Double.doubleToRawLongBits(actual[i]);
            if (e != a) {
                throw new AssertionError(String.format("%s: at %d, 0x%016x became 0x%016x", what, i, e, a));
            }
        }
    }

    /** values with {@code before} and {@code after} random elements around it. */
    static double[] surround(double[] values, int before, int after, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] array = new double[before + values.length + after];
        for (int i = 0; i < array.length; i++) {
            array[i] = Double.longBitsToDouble(random.nextLong());
        }
        System.arraycopy(values, 0, array, before, values.length);
        return array;
    }
}
