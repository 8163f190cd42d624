package dev.gofromjava.bulkdata;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.c.ArrowSchema;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ValueVector;

/**
 * An Arrow column handed to Go through the Arrow C Data Interface, the same for both bindings:
 * only the call itself differs.
 */
final class ArrowColumns {
    /** Room for Go's message when it refuses a column. */
    static final int MESSAGE_BYTES = 512;

    /**
     * Go's {@code increaseArrow}, through one binding: the addresses of the two structs, the
     * amount, and a buffer for Go's message; returns 0, or -1 with the message in {@code message}.
     */
    @FunctionalInterface
    interface IncreaseArrow {
        long call(long array, long schema, long a, MemorySegment message);
    }

    private ArrowColumns() {}

    // docs:begin export
    static void increase(ValueVector column, long a, IncreaseArrow go) {
        Objects.requireNonNull(column, "column must not be null");
        if (!(column instanceof FieldVector vector)) {
            throw new IllegalArgumentException("column '" + column.getName() + "' is a "
                    + column.getClass().getSimpleName() + ", which Arrow cannot export: pass a FieldVector");
        }
        BufferAllocator allocator = vector.getAllocator();
        try (ArrowArray array = ArrowArray.allocateNew(allocator);
             ArrowSchema schema = ArrowSchema.allocateNew(allocator);
             Arena arena = Arena.ofConfined()) {
            // docs:begin lifetime
            // The export holds a reference on every buffer of the column until the release
            // callback runs: from here on, closing the vector frees none of the memory Go uses.
            Data.exportVector(allocator, vector, null, array, schema);
            MemorySegment message = arena.allocate(MESSAGE_BYTES);
            long status;
            try {
                status = go.call(array.memoryAddress(), schema.memoryAddress(), a, message);
            } finally {
                // Go released both; if it never ran, this does (a no-op on released structs).
                array.release();
                schema.release();
            }
            // docs:end lifetime
            if (status != 0) {
                throw new IllegalArgumentException(message.getString(0));
            }
        } // close() frees the two structs themselves
    }
    // docs:end export
}
