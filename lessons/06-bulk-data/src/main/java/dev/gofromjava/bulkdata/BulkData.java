package dev.gofromjava.bulkdata;

import java.lang.foreign.MemorySegment;
import java.nio.LongBuffer;
import java.util.Objects;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.ValueVector;

/**
 * Lesson 06: Go's {@code increase(nums, n, a)} adds {@code a} to {@code n} longs where they are,
 * whatever holds them: a {@code long[]}, a {@link LongBuffer}, a {@link MemorySegment} or an Apache
 * Arrow {@link BigIntVector}.
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
        increase(Objects.requireNonNull(nums, "nums must not be null"), nums.length, a);
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
     * column. The column reaches Go through the Arrow C Data Interface, and Go checks its type from
     * the schema, as the article checks the {@code dtype}: only int64 ({@link BigIntVector}) is
     * accepted. Null entries stay null: Go changes the data slot behind them, which Arrow ignores.
     * A slice made with {@code splitAndTransfer} shares its buffers with the column it came from,
     * so both change. A closed column holds no values (Arrow sets its count to 0): nothing changes.
     *
     * @throws NullPointerException if {@code column} is null
     * @throws IllegalArgumentException with Go's message, if the column is not int64, and nothing
     *     changed
     */
    void increase(ValueVector column, long a);
    // docs:end arrow
}
