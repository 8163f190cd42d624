package dev.gofromjava.bulkdata;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.LongBuffer;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.ValueVector;

/**
 * Lesson 06: Go's {@code increase(nums, n, a)} adds {@code a} to {@code n} longs where they are,
 * whatever holds them: a {@code long[]}, a {@link LongBuffer}, a {@link MemorySegment} or the data
 * buffer of an Apache Arrow {@link BigIntVector}.
 *
 * <p>Every sum wraps around like Java's {@code +}. Every method checks its arguments before it calls
 * Go: a null, a negative count or a count larger than the memory behind it is a Java exception, and
 * Go never sees it. Nothing outside the addressed values changes.
 */
public interface BulkData {
    /**
     * Adds {@code a} to {@code nums[0]} to {@code nums[n-1]}.
     *
     * @throws NullPointerException if {@code nums} is null
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IndexOutOfBoundsException if {@code n > nums.length}
     */
    void increase(long[] nums, int n, long a);

    /** Adds {@code a} to every element of {@code nums}. */
    default void increase(long[] nums, long a) {
        increase(Checks.notNull(nums, "nums"), nums.length, a);
    }

    /**
     * Adds {@code a} to the remaining elements of {@code nums}, from its position to its limit, as
     * every NIO operation does; the position and the limit are left as they were.
     *
     * @throws NullPointerException if {@code nums} is null
     * @throws IllegalArgumentException if {@code nums} is read-only; is a view of a
     *     {@code ByteBuffer} in a byte order other than the platform's (Go would read every value
     *     byte-swapped); is a view of a heap {@code ByteBuffer}; or does not start on an 8-byte
     *     boundary
     * @throws IllegalStateException if {@code nums} is a view of a segment whose arena is closed
     */
    void increase(LongBuffer nums, long a);

    /**
     * Adds {@code a} to the first {@code n} longs of {@code nums}. To update a sub-range, pass a
     * slice: {@code segment.asSlice(8 * from, 8 * count)}.
     *
     * @throws NullPointerException if {@code nums} is null
     * @throws IllegalArgumentException if {@code n} is negative, or {@code nums} is read-only, not
     *     aligned to 8 bytes, or a heap segment over anything but a {@code long[]}
     * @throws IndexOutOfBoundsException if {@code n} longs do not fit in {@code nums}
     * @throws IllegalStateException if the segment's arena is closed
     * @throws WrongThreadException if the segment belongs to a confined arena of another thread
     */
    void increase(MemorySegment nums, long n, long a);

    // docs:begin arrow
    /**
     * Adds {@code a} to every value of an Arrow column, in place, as the article does to a pandas
     * column. Like the article's {@code dtype} check, only a {@link BigIntVector} (Arrow's
     * {@code Int(64, signed)}, Java's {@code long}) is accepted; any other vector is refused before Go
     * sees it. Null entries stay null: Go changes the data slot behind them, which Arrow ignores.
     *
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException if {@code column} is not a {@link BigIntVector}
     */
    @SuppressWarnings("restricted") // reinterpret: the size comes from Arrow, checked against its buffer
    default void increase(ValueVector column, long a) {
        BigIntVector longs = Checks.bigInt(column); // the dtype check
        int n = longs.getValueCount();
        if (n == 0) {
            return; // an empty or closed vector may have no data buffer at all
        }
        // The vector's data buffer, off-heap: n longs at getDataBufferAddress().
        MemorySegment data = MemorySegment.ofAddress(longs.getDataBufferAddress())
                .reinterpret(n * ValueLayout.JAVA_LONG.byteSize());
        increase(data, n, a);
    }
    // docs:end arrow
}
