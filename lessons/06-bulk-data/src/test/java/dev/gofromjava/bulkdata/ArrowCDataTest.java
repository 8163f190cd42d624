package dev.gofromjava.bulkdata;

import static dev.gofromjava.bulkdata.BulkDataProperties.column;
import static dev.gofromjava.bulkdata.BulkDataProperties.contents;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Arrow column's route to Go, the C Data Interface: what it keeps alive and for how long, and
 * that Go calls the release callback on every path. Each test closes its RootAllocator, which
 * throws if any Arrow memory (buffers, or the structs) is still held.
 */
class ArrowCDataTest {
    static final List<ArrowColumns.IncreaseArrow> RAW = RawArrow.both();

    /**
     * The hazard of the address route this lesson used before: a segment over
     * getDataBufferAddress() keeps nothing alive. Close the vector (another thread could, at any
     * time) and its memory is freed under the address.
     */
    @Test
    void aBareAddressKeepsNothingAlive() {
        try (BufferAllocator allocator = new RootAllocator()) {
            BigIntVector v = column(allocator, List.of(1L, 2L, 3L));
            long address = v.getDataBufferAddress();
            assertTrue(address != 0 && allocator.getAllocatedMemory() > 0);
            v.close();
            assertEquals(0, allocator.getAllocatedMemory(), "the memory at the address is freed");
        }
    }

    /**
     * The C Data route: from the export on, closing the vector frees nothing. Here it is closed
     * between the export and the call, where another thread could close it; Go still works on live
     * memory (memcheck would report a write to freed memory), which goes only when Go releases it.
     */
    @ParameterizedTest
    @FieldSource("RAW")
    void theExportKeepsTheColumnAliveUntilGoReleasesIt(ArrowColumns.IncreaseArrow go) {
        try (BufferAllocator allocator = new RootAllocator()) {
            BigIntVector v = column(allocator, Collections.nCopies(10_000, 1L));
            long columnBytes = allocator.getAllocatedMemory(); // 80 KB of values, far more than the two structs
            ArrowColumns.increase(v, 10, (array, schema, a, message) -> {
                v.close();
                assertTrue(allocator.getAllocatedMemory() >= columnBytes, "closing the vector freed exported memory");
                long status = go.call(array, schema, a, message);
                assertEquals(RawArrow.struct(array).get(ADDRESS, RawArrow.RELEASE), MemorySegment.NULL,
                        "Go must mark the array released");
                return status;
            });
            assertEquals(0, allocator.getAllocatedMemory(), "Go's release gave the memory back");
        }
    }

    /** Go's update lands in the column's own buffer: nulls stay null. */
    @ParameterizedTest
    @FieldSource("RAW")
    void goUpdatesTheValuesInPlace(ArrowColumns.IncreaseArrow go) {
        try (BufferAllocator allocator = new RootAllocator(); BigIntVector v = column(allocator, Arrays.asList(1L, null, 3L))) {
            ArrowColumns.increase(v, 10, go);
            assertEquals(Arrays.asList(11L, null, 13L), contents(v));
        }
    }

    /** Go honours the offset in the struct: a C producer may hand it rows 2..4 of a buffer. */
    @ParameterizedTest
    @FieldSource("RAW")
    void goHonoursTheOffset(ArrowColumns.IncreaseArrow go) {
        try (BufferAllocator allocator = new RootAllocator();
             BigIntVector v = column(allocator, List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L))) {
            ArrowColumns.increase(v, 1000, (array, schema, a, message) -> {
                MemorySegment struct = RawArrow.struct(array);
                struct.set(JAVA_LONG, RawArrow.OFFSET, 2);
                struct.set(JAVA_LONG, RawArrow.LENGTH, 3);
                return go.call(array, schema, a, message);
            });
            assertEquals(List.of(0L, 1L, 1002L, 1003L, 1004L, 5L, 6L), contents(v));
        }
    }

    /** Every way Go refuses: nothing changes, and every struct it was given is released. */
    @ParameterizedTest
    @FieldSource("RAW")
    void goReleasesWhatItRefuses(ArrowColumns.IncreaseArrow go) {
        try (BufferAllocator allocator = new RootAllocator();
             Float8Vector f = new Float8Vector("price", allocator);
             BigIntVector v = column(allocator, List.of(7L))) {
            f.allocateNew(2);
            f.set(0, 1.5);
            f.set(1, 2.5);
            f.setValueCount(2);
            long before = allocator.getAllocatedMemory();
            var wrong = assertThrows(IllegalArgumentException.class, () -> ArrowColumns.increase(f, 1, (array, schema, a, m) -> {
                long status = go.call(array, schema, a, m);
                assertEquals(MemorySegment.NULL, RawArrow.struct(array).get(ADDRESS, RawArrow.RELEASE), "not released");
                return status;
            }));
            assertEquals("column \"price\" is float64, but increaseArrow needs int64 (Java's BigIntVector)", wrong.getMessage());
            assertEquals(1.5, f.get(0));
            assertEquals(before, allocator.getAllocatedMemory());

            // The same pair twice: the second call finds them released, refuses, and frees nothing twice.
            var twice = assertThrows(IllegalArgumentException.class, () -> ArrowColumns.increase(v, 1, (array, schema, a, m) -> {
                assertEquals(0, go.call(array, schema, a, m));
                return go.call(array, schema, a, m);
            }));
            assertEquals("increaseArrow: the ArrowArray or the ArrowSchema is already released", twice.getMessage());
            assertEquals(List.of(8L), contents(v));

            try (Arena arena = Arena.ofConfined()) {
                MemorySegment message = arena.allocate(ArrowColumns.MESSAGE_BYTES);
                assertEquals(-1, go.call(0, 0, 1, message));
                assertEquals("increaseArrow: the ArrowArray and the ArrowSchema must not be NULL", message.getString(0));
            }
            assertEquals(before, allocator.getAllocatedMemory());
        }
    }

    /** What ArrowColumns relies on: release() on a struct Go released is a no-op, close() frees the struct. */
    @Test
    void releaseTwiceIsHarmless() {
        try (BufferAllocator allocator = new RootAllocator(); BigIntVector v = column(allocator, List.of(1L))) {
            long vectorOnly = allocator.getAllocatedMemory();
            try (ArrowArray array = ArrowArray.allocateNew(allocator); ArrowSchema schema = ArrowSchema.allocateNew(allocator)) {
                Data.exportVector(allocator, v, null, array, schema);
                array.release();
                schema.release();
                array.release();
                schema.release();
            }
            assertEquals(vectorOnly, allocator.getAllocatedMemory());
        }
    }
}
