package dev.gofromjava.bulkdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.util.TransferPair;

/**
 * Every property runs against both bindings, and a failure names the binding. Every try also checks
 * that Go allocated nothing (the ledger) and recovered no panic, and every Arrow try closes its
 * allocator, which throws if any Arrow memory is still held.
 */
class BulkDataProperties {
    private static final List<BulkData> BINDINGS = BulkDataExamplesTest.BINDINGS;
    private static final GoLibrary LIB = GoLibrary.load("bulkdata");
    /** Guard elements on each side of a Java array. */
    private static final int GUARD = 8;

    // docs:begin wraps
    @Property
    void arraysWrapAroundLikeJava(@ForAll("longArrays") long[] values, @ForAll long a) {
        for (BulkData go : BINDINGS) {
            long[] nums = values.clone();
            leavesNoTrace(go, () -> go.increase(nums, a));
            for (int i = 0; i < values.length; i++) {
                assertEquals(values[i] + a, nums[i], go + " index " + i);
            }
        }
    }
    // docs:end wraps

    /**
     * On every run, whatever the number of tries: arrays big enough to reach Go in several
     * critical calls (the size policy, CriticalChunks), whole, cut at n, and as a heap slice.
     */
    @Example
    void arraysLargerThanOneCriticalPiece() {
        long[] values = new Random(6).longs(100_000).toArray();
        arraysWrapAroundLikeJava(values, 3);
        onlyTheFirstNOfAnArrayChange(values, 70_001, -5);
        heapSlicesChangeOnlyTheSlice(values, 17, 90_000, 80_000, 7, 42);
    }

    /** Only nums[0..n) of a long[] changes; the elements from n on do not. */
    @Property
    void onlyTheFirstNOfAnArrayChange(@ForAll("longArrays") long[] values, @ForAll int cut, @ForAll long a) {
        int n = values.length == 0 ? 0 : Math.floorMod(cut, values.length + 1);
        for (BulkData go : BINDINGS) {
            long[] nums = values.clone();
            leavesNoTrace(go, () -> go.increase(nums, n, a));
            for (int i = 0; i < values.length; i++) {
                assertEquals(i < n ? values[i] + a : values[i], nums[i], go + " n=" + n + " index " + i);
            }
        }
    }

    // docs:begin slice
    /** A slice of native memory: only the first n longs of the slice change, not a byte around them. */
    @Property
    void nativeSlicesChangeOnlyTheSlice(@ForAll("longArrays") long[] values, @ForAll int from, @ForAll int count,
                                        @ForAll int cut, @ForAll long a) {
        int start = Math.floorMod(from, values.length + 1);
        int length = Math.floorMod(count, values.length - start + 1);
        int n = Math.floorMod(cut, length + 1);
        for (BulkData go : BINDINGS) {
            try (GuardedBuffer guarded = GuardedBuffer.allocate((long) values.length * Long.BYTES)) {
                MemorySegment all = guarded.segment();
                MemorySegment.copy(values, 0, all, ValueLayout.JAVA_LONG, 0, values.length);
                MemorySegment slice = all.asSlice((long) start * Long.BYTES, (long) length * Long.BYTES);
                leavesNoTrace(go, () -> go.increase(slice, n, a));
                guarded.checkGuards();
                long[] after = all.toArray(ValueLayout.JAVA_LONG);
                for (int i = 0; i < values.length; i++) {
                    boolean addressed = i >= start && i < start + n;
                    assertEquals(addressed ? values[i] + a : values[i], after[i],
                            go + " slice [" + start + ", " + (start + length) + "), n=" + n + ", index " + i);
                }
            }
        }
    }
    // docs:end slice

    /** The same for a heap segment over a long[] with guard elements on both sides. */
    @Property
    void heapSlicesChangeOnlyTheSlice(@ForAll("longArrays") long[] values, @ForAll int from, @ForAll int count,
                                      @ForAll int cut, @ForAll long a, @ForAll long seed) {
        int start = Math.floorMod(from, values.length + 1);
        int length = Math.floorMod(count, values.length - start + 1);
        int n = Math.floorMod(cut, length + 1);
        long[] original = guarded(values, seed);
        for (BulkData go : BINDINGS) {
            long[] nums = original.clone();
            MemorySegment slice = MemorySegment.ofArray(nums)
                    .asSlice((long) (GUARD + start) * Long.BYTES, (long) length * Long.BYTES);
            leavesNoTrace(go, () -> go.increase(slice, n, a));
            for (int i = 0; i < nums.length; i++) {
                boolean addressed = i >= GUARD + start && i < GUARD + start + n;
                assertEquals(addressed ? original[i] + a : original[i], nums[i],
                        go + " slice [" + start + ", " + (start + length) + "), n=" + n + ", array index " + i);
            }
        }
    }

    /** A direct buffer over guarded memory: only position..limit changes, and position and limit stay put. */
    @Property
    void directBuffersChangeOnlyPositionToLimit(@ForAll("longArrays") long[] values, @ForAll int p, @ForAll int l,
                                                @ForAll long a) {
        int position = Math.floorMod(p, values.length + 1);
        int limit = position + Math.floorMod(l, values.length - position + 1);
        for (BulkData go : BINDINGS) {
            try (GuardedBuffer guarded = GuardedBuffer.allocate((long) values.length * Long.BYTES)) {
                LongBuffer buffer = guarded.segment().asByteBuffer().order(ByteOrder.nativeOrder()).asLongBuffer();
                buffer.put(values).limit(limit).position(position);
                leavesNoTrace(go, () -> go.increase(buffer, a));
                guarded.checkGuards();
                assertEquals(position, buffer.position(), go + " position");
                assertEquals(limit, buffer.limit(), go + " limit");
                LongBuffer whole = buffer.duplicate().clear();
                for (int i = 0; i < values.length; i++) {
                    boolean addressed = i >= position && i < limit;
                    assertEquals(addressed ? values[i] + a : values[i], whole.get(i),
                            go + " position " + position + ", limit " + limit + ", index " + i);
                }
            }
        }
    }

    /** A heap buffer that is a slice of a wrapped long[] (so arrayOffset > 0): only its remaining range changes. */
    @Property
    void heapBuffersChangeOnlyTheirRemainingRange(@ForAll("longArrays") long[] values, @ForAll int from,
                                                  @ForAll int p, @ForAll long a, @ForAll long seed) {
        int offset = Math.floorMod(from, values.length + 1);
        int position = Math.floorMod(p, values.length - offset + 1);
        long[] original = guarded(values, seed);
        for (BulkData go : BINDINGS) {
            long[] nums = original.clone();
            // wrap(array, offset, length) then slice(): a buffer whose arrayOffset() is GUARD + offset
            LongBuffer buffer = LongBuffer.wrap(nums, GUARD + offset, values.length - offset).slice();
            buffer.position(position);
            leavesNoTrace(go, () -> go.increase(buffer, a));
            for (int i = 0; i < nums.length; i++) {
                boolean addressed = i >= GUARD + offset + position && i < GUARD + values.length;
                assertEquals(addressed ? original[i] + a : original[i], nums[i],
                        go + " offset " + offset + ", position " + position + ", array index " + i);
            }
        }
    }

    // docs:begin arrow
    /**
     * An Arrow column, nulls included: every value v becomes v + a; a null stays null while the data
     * slot behind it changes too; the validity buffer and the data buffer past the last value do not.
     */
    @Property
    void arrowColumnsChangeInPlace(@ForAll("column") List<Long> values, @ForAll long a) {
        for (BulkData go : BINDINGS) {
            try (BufferAllocator allocator = new RootAllocator(); BigIntVector column = column(allocator, values)) {
                long[] dataBefore = longs(column.getDataBuffer());
                long[] validityBefore = longs(column.getValidityBuffer());
                long address = column.getDataBufferAddress();
                leavesNoTrace(go, () -> go.increase(column, a));
                assertEquals(address, column.getDataBufferAddress(), go + ": the data moved");
                long[] dataAfter = longs(column.getDataBuffer());
                for (int i = 0; i < values.size(); i++) {
                    assertEquals(values.get(i) == null, column.isNull(i), go + " null at " + i);
                    assertEquals(dataBefore[i] + a, dataAfter[i], go + " data slot " + i);
                    if (values.get(i) != null) {
                        assertEquals(values.get(i) + a, column.get(i), go + " value " + i);
                    }
                }
                for (int i = values.size(); i < dataAfter.length; i++) {
                    assertEquals(dataBefore[i], dataAfter[i], go + " data slot " + i + " past the last value");
                }
                assertArrayEquals(validityBefore, longs(column.getValidityBuffer()), go + " validity buffer");
            } // closes the vector, then the allocator: that throws if Arrow memory leaked
        }
    }
    // docs:end arrow

    // docs:begin split
    /** A slice made by splitAndTransfer shares the data buffer: Go's update through it shows in the column. */
    @Property
    void splitAndTransferSharesTheData(@ForAll("column") List<Long> values, @ForAll int from, @ForAll int count,
                                       @ForAll long a) {
        int start = Math.floorMod(from, values.size() + 1);
        int length = Math.floorMod(count, values.size() - start + 1);
        for (BulkData go : BINDINGS) {
            try (BufferAllocator allocator = new RootAllocator(); BigIntVector column = column(allocator, values)) {
                TransferPair pair = column.getTransferPair(allocator);
                pair.splitAndTransfer(start, length);
                try (BigIntVector slice = (BigIntVector) pair.getTo()) {
                    leavesNoTrace(go, () -> go.increase(slice, a));
                }
                for (int i = 0; i < values.size(); i++) {
                    Long v = values.get(i);
                    boolean inSlice = i >= start && i < start + length;
                    assertEquals(v == null, column.isNull(i), go + " null at " + i);
                    if (v != null) {
                        assertEquals(inSlice ? v + a : v, column.get(i),
                                go + " slice [" + start + ", " + (start + length) + "), row " + i);
                    }
                }
            }
        }
    }
    // docs:end split

    /** A selection copied row by row (copyFromSafe) is a copy: Go's update leaves the column as it was. */
    @Property
    void copiedSelectionsAreCopies(@ForAll("column") List<Long> values, @ForAll long pivot, @ForAll long a) {
        for (BulkData go : BINDINGS) {
            try (BufferAllocator allocator = new RootAllocator(); BigIntVector column = column(allocator, values);
                 BigIntVector selected = new BigIntVector("selected", allocator)) {
                List<Long> expected = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) == null || values.get(i) > pivot) {
                        selected.copyFromSafe(i, expected.size(), column);
                        expected.add(values.get(i) == null ? null : values.get(i) + a);
                    }
                }
                selected.setValueCount(expected.size());
                long[] columnBefore = longs(column.getDataBuffer());
                leavesNoTrace(go, () -> go.increase(selected, a));
                assertArrayEquals(columnBefore, longs(column.getDataBuffer()), go + " the column changed");
                assertEquals(expected, contents(selected), go + " the copy");
            }
        }
    }

    // docs:begin refused
    /** The dtype check, by Go from the schema: every other vector type is refused by name, and left as it was. */
    @Property
    void otherVectorTypesAreRefused(@ForAll OtherVector kind, @ForAll @IntRange(max = 100) int size, @ForAll long a) {
        for (BulkData go : BINDINGS) {
            try (BufferAllocator allocator = new RootAllocator(); var column = kind.create(allocator, size)) {
                long[] before = longs(column.getDataBuffer());
                var e = assertThrows(IllegalArgumentException.class, () -> leavesNoTrace(go, () -> go.increase(column, a)));
                assertEquals("column \"" + column.getName() + "\" is " + kind.goType
                        + ", but increaseArrow needs int64 (Java's BigIntVector)", e.getMessage(), go.toString());
                assertArrayEquals(before, longs(column.getDataBuffer()), go + " " + kind + " changed");
            }
        }
    }
    // docs:end refused

    /** A count past the end of an array or a segment, or a negative one, never reaches Go. */
    @Property
    void badCountsNeverReachGo(@ForAll("longArrays") long[] values, @ForAll("badCounts") long excess, @ForAll long a) {
        long n = excess < 0 ? excess : values.length + excess;
        Class<? extends RuntimeException> expected = n < 0 ? IllegalArgumentException.class : IndexOutOfBoundsException.class;
        for (BulkData go : BINDINGS) {
            long[] nums = values.clone();
            try (GuardedBuffer guarded = GuardedBuffer.allocate((long) values.length * Long.BYTES)) {
                MemorySegment segment = guarded.segment();
                MemorySegment.copy(values, 0, segment, ValueLayout.JAVA_LONG, 0, values.length);
                leavesNoTrace(go, () -> {
                    assertThrows(expected, () -> go.increase(segment, n, a), go + " segment, n=" + n);
                    if (n == (int) n) {
                        assertThrows(expected, () -> go.increase(nums, (int) n, a), go + " array, n=" + n);
                    }
                });
                assertArrayEquals(values, nums, go + " array changed");
                assertArrayEquals(values, segment.toArray(ValueLayout.JAVA_LONG), go + " segment changed");
            }
        }
    }

    // ---- generators and helpers

    /** Mostly short arrays, sometimes up to 100 000 elements; every long, edge values included. */
    @Provide
    Arbitrary<long[]> longArrays() {
        Arbitrary<Long> anyLong = Arbitraries.longs();
        return Arbitraries.frequencyOf(
                Tuple.of(9, anyLong.array(long[].class).ofMaxSize(1000)),
                Tuple.of(1, Arbitraries.integers().between(1000, 100_000)
                        .flatMap(size -> Arbitraries.randomValue(r -> r.longs(size).toArray()))));
    }

    /** A column: any longs, with nulls among them. */
    @Provide
    Arbitrary<List<Long>> column() {
        return Arbitraries.longs().injectNull(0.2).list().ofMaxSize(300);
    }

    /** Negative counts, and counts past the end by 1 up to far too many. */
    @Provide
    Arbitrary<Long> badCounts() {
        return Arbitraries.oneOf(
                Arbitraries.longs().lessOrEqual(-1),
                Arbitraries.longs().between(1, 16),
                Arbitraries.of(Long.MAX_VALUE / 8, Long.MAX_VALUE / 8 + 1, (long) Integer.MAX_VALUE));
    }

    /** Runs body; fails if Go's ledger or its panic count changed (the ledger counts every C allocation). */
    static void leavesNoTrace(BulkData go, Runnable body) {
        long live = LIB.liveAllocations();
        long panics = LIB.recoveredPanics();
        try {
            body.run();
        } finally {
            assertEquals(live, LIB.liveAllocations(), go + ": Go's ledger changed");
            assertEquals(panics, LIB.recoveredPanics(), go + ": Go recovered a panic");
        }
    }

    /** values with GUARD random elements before and after. */
    private static long[] guarded(long[] values, long seed) {
        long[] all = new Random(seed).longs(values.length + 2L * GUARD).toArray();
        System.arraycopy(values, 0, all, GUARD, values.length);
        return all;
    }

    static BigIntVector column(BufferAllocator allocator, List<Long> values) {
        BigIntVector column = new BigIntVector("column", allocator);
        column.allocateNew(values.size());
        // The tests compare whole buffers, slots behind nulls and past the last value included,
        // and Arrow does not promise what those bytes hold: give every byte a known value.
        column.getDataBuffer().setZero(0, column.getDataBuffer().capacity());
        column.getValidityBuffer().setZero(0, column.getValidityBuffer().capacity());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                column.setNull(i);
            } else {
                column.set(i, values.get(i));
            }
        }
        column.setValueCount(values.size());
        return column;
    }

    static List<Long> contents(BigIntVector column) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < column.getValueCount(); i++) {
            out.add(column.getObject(i));
        }
        return out;
    }

    /** Every whole long in an Arrow buffer, up to its capacity (what Go could reach by overrunning). */
    static long[] longs(ArrowBuf buffer) {
        long[] out = new long[(int) (buffer.capacity() / Long.BYTES)];
        for (int i = 0; i < out.length; i++) {
            out[i] = buffer.getLong((long) i * Long.BYTES);
        }
        return out;
    }
}
