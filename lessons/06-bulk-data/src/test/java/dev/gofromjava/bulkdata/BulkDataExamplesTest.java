package dev.gofromjava.bulkdata;

import static dev.gofromjava.bulkdata.BulkDataProperties.column;
import static dev.gofromjava.bulkdata.BulkDataProperties.contents;
import static dev.gofromjava.bulkdata.BulkDataProperties.leavesNoTrace;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.ValueVector;
import org.apache.arrow.vector.util.TransferPair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Failure cases and single behaviours the page describes, each against both bindings. */
class BulkDataExamplesTest {
    static final List<BulkData> BINDINGS = List.of(new BulkDataFfm(), new BulkDataJna());

    private static <T extends Throwable> T refused(BulkData go, Class<T> type, String messagePart, Executable call) {
        T e = assertThrows(type, () -> leavesNoTrace(go, () -> {
            try {
                call.execute();
            } catch (RuntimeException | Error x) {
                throw x;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        }), go.toString());
        assertTrue(e.getMessage() != null && e.getMessage().contains(messagePart),
                go + ": expected a message containing '" + messagePart + "', got: " + e.getMessage());
        return e;
    }

    // docs:begin nulls
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void nullsAreRefusedByName(BulkData go) {
        refused(go, NullPointerException.class, "nums must not be null", () -> go.increase((long[]) null, 0, 1));
        refused(go, NullPointerException.class, "nums must not be null", () -> go.increase((long[]) null, 1));
        refused(go, NullPointerException.class, "nums must not be null", () -> go.increase((LongBuffer) null, 1));
        refused(go, NullPointerException.class, "nums must not be null", () -> go.increase((MemorySegment) null, 0, 1));
        refused(go, NullPointerException.class, "column must not be null", () -> go.increase((ValueVector) null, 1));
    }
    // docs:end nulls

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badCountsAreRefusedWithWhatToDo(BulkData go) {
        long[] nums = {1, 2, 3};
        refused(go, IllegalArgumentException.class, "n must be >= 0, got -1", () -> go.increase(nums, -1, 1));
        refused(go, IndexOutOfBoundsException.class, "do not fit in nums (length 3): pass n <= 3", () -> go.increase(nums, 4, 1));
        refused(go, IndexOutOfBoundsException.class, "do not fit in nums (length 3): pass n <= 3",
                () -> go.increase(nums, Integer.MAX_VALUE, 1));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(ValueLayout.JAVA_LONG, 3);
            refused(go, IllegalArgumentException.class, "n must be >= 0", () -> go.increase(segment, Long.MIN_VALUE, 1));
            refused(go, IndexOutOfBoundsException.class, "do not fit in nums (24 bytes, room for 3): pass n <= 3", () -> go.increase(segment, 4, 1));
            refused(go, IndexOutOfBoundsException.class, "do not fit in nums (24 bytes, room for 3): pass n <= 3",
                    () -> go.increase(segment, Long.MAX_VALUE, 1));
            assertArrayEquals(new long[3], segment.toArray(ValueLayout.JAVA_LONG), go + " segment changed");
        }
        assertArrayEquals(new long[] {1, 2, 3}, nums, go + " array changed");
    }

    /** Zero values of every source: nothing to do, nothing happens, no exception. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void zeroLengthWorksForEverySource(BulkData go) {
        leavesNoTrace(go, () -> {
            go.increase(new long[0], 1);
            go.increase(new long[] {7}, 0, 1);
            go.increase(LongBuffer.allocate(0), 1);
            go.increase(ByteBuffer.allocateDirect(0).order(ByteOrder.nativeOrder()).asLongBuffer(), 1);
            go.increase(MemorySegment.NULL, 0, 1);
            try (BufferAllocator allocator = new RootAllocator(); BigIntVector empty = new BigIntVector("e", allocator)) {
                go.increase(empty, 1); // never allocated: no data buffer at all
            }
        });
    }

    // docs:begin order
    /** A view of a ByteBuffer is big-endian unless told otherwise: refused, with the fix in the message. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void bigEndianBuffersAreRefused(BulkData go) {
        LongBuffer bigEndian = ByteBuffer.allocateDirect(3 * Long.BYTES).asLongBuffer();
        refused(go, IllegalArgumentException.class, "order(ByteOrder.nativeOrder())", () -> go.increase(bigEndian, 1));
    }

    /** Why: Go reads native (little-endian) longs, so 1 stored big-endian plus 1 is 1 + 2^56 when read back. */
    @Test
    void goWouldReadABigEndianBufferByteSwapped() {
        assumeLittleEndian();
        LongBuffer bigEndian = ByteBuffer.allocateDirect(Long.BYTES).asLongBuffer().put(0, 1);
        BulkDataJna.BulkDataLibrary.increase(bigEndian, 1, 1); // the raw binding, past the checks
        assertEquals(1 + (1L << 56), bigEndian.get(0));
    }
    // docs:end order

    // docs:begin position
    /**
     * JNA passes a direct buffer as the address of the element at its position (measured, JNA
     * 5.19.1), but knows nothing of the count: that comes from remaining().
     */
    @Test
    void jnaPassesADirectBufferFromItsPosition() {
        LongBuffer buffer = ByteBuffer.allocateDirect(4 * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
        buffer.position(2);
        BulkDataJna.BulkDataLibrary.increase(buffer, 1, 1); // the raw binding: elements from the position
        assertEquals(List.of(0L, 0L, 1L, 0L), all(buffer));
        new BulkDataJna().increase(buffer, 10); // checked: position to limit
        assertEquals(List.of(0L, 0L, 11L, 10L), all(buffer));
    }
    // docs:end position

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void readOnlyMemoryIsRefused(BulkData go) {
        LongBuffer buffer = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder()).asLongBuffer();
        refused(go, IllegalArgumentException.class, "read-only", () -> go.increase(buffer.asReadOnlyBuffer(), 1));
        refused(go, IllegalArgumentException.class, "read-only", () -> go.increase(LongBuffer.wrap(new long[2]).asReadOnlyBuffer(), 1));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(16, 8);
            refused(go, IllegalArgumentException.class, "read-only", () -> go.increase(segment.asReadOnly(), 2, 1));
            assertArrayEquals(new long[2], segment.toArray(ValueLayout.JAVA_LONG), go.toString());
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void misalignedOrNonLongMemoryIsRefused(BulkData go) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(32, 8);
            refused(go, IllegalArgumentException.class, "8-byte aligned", () -> go.increase(segment.asSlice(3, 16), 2, 1));
            assertArrayEquals(new long[4], segment.toArray(ValueLayout.JAVA_LONG), go.toString());
        }
        refused(go, IllegalArgumentException.class, "8-byte aligned",
                () -> go.increase(MemorySegment.ofArray(new long[4]).asSlice(4, 16), 2, 1));
        refused(go, IllegalArgumentException.class, "must wrap a long[]",
                () -> go.increase(MemorySegment.ofArray(new byte[32]), 4, 1));
        refused(go, IllegalArgumentException.class, "view of a heap ByteBuffer",
                () -> go.increase(ByteBuffer.allocate(32).order(ByteOrder.nativeOrder()).asLongBuffer(), 1));
        LongBuffer oddView = ByteBuffer.allocateDirect(40).order(ByteOrder.nativeOrder()).position(3).slice()
                .order(ByteOrder.nativeOrder()).asLongBuffer();
        refused(go, IllegalArgumentException.class, "8-byte aligned", () -> go.increase(oddView, 1));
    }

    // docs:begin lifetime
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void closedOrForeignSegmentsAreRefused(BulkData go) throws Exception {
        Arena arena = Arena.ofConfined();
        MemorySegment segment = arena.allocate(ValueLayout.JAVA_LONG, 4);
        arena.close();
        refused(go, IllegalStateException.class, "already closed", () -> go.increase(segment, 4, 1));

        try (Arena mine = Arena.ofConfined()) {
            MemorySegment confined = mine.allocate(ValueLayout.JAVA_LONG, 4);
            var other = CompletableFuture.runAsync(() -> go.increase(confined, 4, 1));
            var e = assertThrows(ExecutionException.class, other::get);
            assertTrue(e.getCause() instanceof WrongThreadException, go + ": " + e.getCause());
            assertArrayEquals(new long[4], confined.toArray(ValueLayout.JAVA_LONG), go.toString());
        }
    }
    // docs:end lifetime

    /** Go's own checks, reached through the raw binding: it leaves n <= 0, NULL and absurd n alone. */
    @Test
    void goIgnoresWhatItCannotUse() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(ValueLayout.JAVA_LONG, 4);
            Pointer p = new Pointer(segment.address());
            leavesNoTrace(new BulkDataJna(), () -> {
                BulkDataJna.BulkDataLibrary.increase(p, 0, 1);
                BulkDataJna.BulkDataLibrary.increase(p, -1, 1);
                BulkDataJna.BulkDataLibrary.increase(p, Long.MIN_VALUE, 1);
                BulkDataJna.BulkDataLibrary.increase(p, Long.MAX_VALUE / 8 + 1, 1); // n*8 would overflow
                BulkDataJna.BulkDataLibrary.increase((Pointer) null, 4, 1);
            });
            assertArrayEquals(new long[4], segment.toArray(ValueLayout.JAVA_LONG));
        }
    }

    // docs:begin transfer
    /** transfer() moves the buffers: the target has the very same memory, the source is left empty. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void transferMovesTheMemory(BulkData go) {
        try (BufferAllocator allocator = new RootAllocator(); BigIntVector column = column(allocator, List.of(1L, 2L, 3L))) {
            long address = column.getDataBufferAddress();
            TransferPair pair = column.getTransferPair(allocator);
            pair.transfer();
            try (BigIntVector moved = (BigIntVector) pair.getTo()) {
                assertEquals(address, moved.getDataBufferAddress());
                assertEquals(0, column.getValueCount());
                go.increase(column, 100); // empty now: nothing to do
                go.increase(moved, 1);
                assertEquals(List.of(2L, 3L, 4L), contents(moved), go.toString());
            }
        }
    }

    /**
     * splitAndTransfer always shares the data, but the validity bits only when the slice starts on
     * a byte (a multiple of 8 rows); otherwise they are copied. Go touches only the data.
     */
    @Test
    void splitValidityIsSharedOnlyOnByteBoundaries() {
        try (BufferAllocator allocator = new RootAllocator();
             BigIntVector column = column(allocator, Collections.nCopies(20, 0L))) {
            for (int start : new int[] {3, 8}) {
                TransferPair pair = column.getTransferPair(allocator);
                pair.splitAndTransfer(start, 4);
                try (BigIntVector slice = (BigIntVector) pair.getTo()) {
                    assertEquals(column.getDataBufferAddress() + 8L * start, slice.getDataBufferAddress());
                    slice.setNull(0);
                    assertEquals(start % 8 == 0, column.isNull(start), "start " + start);
                }
            }
        }
    }
    // docs:end transfer

    /**
     * What makes the Arrow properties' leak check worth something: close() throws while memory is
     * held. Arrow marks the allocator closed all the same, and then refuses to free the column, so
     * this leak of a few bytes lasts until the JVM exits: a memory error on purpose, which
     * valgrind reports (memcheck leaves it out).
     */
    @Test
    @Tag("memory-error-on-purpose")
    void rootAllocatorCloseThrowsOnALeak() {
        BufferAllocator allocator = new RootAllocator();
        column(allocator, List.of(1L, 2L)); // never closed
        var e = assertThrows(IllegalStateException.class, allocator::close);
        assertTrue(e.getMessage().contains("Memory was leaked"), e.getMessage());
    }

    /** The same column through both bindings: identical results, and the data never moves. */
    @Test
    void bothBindingsUpdateTheSameColumnInPlace() {
        try (BufferAllocator allocator = new RootAllocator();
             BigIntVector column = column(allocator, Arrays.asList(1L, null, Long.MAX_VALUE))) {
            long address = column.getDataBufferAddress();
            new BulkDataFfm().increase(column, 1);
            new BulkDataJna().increase(column, 1);
            assertEquals(Arrays.asList(3L, null, Long.MIN_VALUE + 1), contents(column));
            assertEquals(address, column.getDataBufferAddress());
            assertNotEquals(0, address);
        }
    }

    private static List<Long> all(LongBuffer buffer) {
        long[] out = new long[buffer.capacity()];
        buffer.duplicate().clear().get(out);
        return Arrays.stream(out).boxed().toList();
    }

    private static void assumeLittleEndian() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN);
    }
}
