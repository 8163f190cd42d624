package dev.gofromjava.bulkdata;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.testkit.FirstPage;
import dev.gofromjava.testkit.ManyThreads;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * increase returns nothing, so before the guard told Java, a panic in it was invisible: the values
 * simply stayed as they were. Now it is a {@link GoPanicException}. The input is one a caller can
 * pass: a segment in the first page ({@link FirstPage}), which every Java check accepts.
 *
 * <p>Go's read or write in the first page is a memory error on purpose: memcheck leaves this
 * class out (valgrind would rightly report it), as it does the other tests tagged so.
 */
@Tag("memory-error-on-purpose")
class BulkDataPanicTest {
    static final List<BulkData> BINDINGS = BulkDataExamplesTest.BINDINGS;

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicIsAnException(BulkData go) {
        var e = assertThrows(GoPanicException.class, () -> go.increase(FirstPage.segment(3 * Long.BYTES), 3, 1));
        assertEquals("increase", e.export());
        assertEquals(FirstPage.NIL_DEREFERENCE, e.goMessage());
    }

    static final List<ArrowColumns.IncreaseArrow> RAW = RawArrow.both();

    /**
     * An Arrow column whose values pointer is in the first page, as a careless C producer could
     * hand over: Go panics, Java is told, and Go has still released the column.
     */
    @ParameterizedTest
    @FieldSource("RAW")
    void anArrowPanicStillReleasesTheColumn(ArrowColumns.IncreaseArrow go) {
        try (BufferAllocator allocator = new RootAllocator(); BigIntVector v = new BigIntVector("v", allocator)) {
            v.allocateNew(4);
            v.setValueCount(4);
            long before = allocator.getAllocatedMemory();
            var e = assertThrows(GoPanicException.class, () -> ArrowColumns.increase(v, 1, (array, schema, a, message) -> {
                MemorySegment buffers = RawArrow.struct(array).get(ADDRESS, RawArrow.BUFFERS).reinterpret(2 * ADDRESS.byteSize());
                buffers.set(ADDRESS, ADDRESS.byteSize(), FirstPage.segment(0)); // the values buffer
                try {
                    return go.call(array, schema, a, message);
                } finally {
                    assertEquals(MemorySegment.NULL, RawArrow.struct(array).get(ADDRESS, RawArrow.RELEASE), "not released");
                }
            }));
            assertEquals("increaseArrow", e.export());
            assertEquals(FirstPage.NIL_DEREFERENCE, e.goMessage());
            assertEquals(before, allocator.getAllocatedMemory());
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void eachThreadSeesOnlyItsOwnPanics(BulkData go) throws Exception {
        ManyThreads.run(4, 300, (thread, round) -> {
            if ((thread + round) % 2 == 0) {
                assertThrows(GoPanicException.class, () -> go.increase(FirstPage.segment(Long.BYTES), 1, 1));
            } else {
                long[] values = {thread, round};
                go.increase(values, 10);
                assertArrayEquals(new long[] {thread + 10, round + 10}, values);
            }
        });
    }
}
