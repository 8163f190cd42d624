package dev.gofromjava.bulkdata;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Objects;

/**
 * What both bindings check before Go sees a pointer. Go cannot check any of it: it gets an address
 * and a count, and trusts them.
 */
final class Checks {
    private Checks() {}

    static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    // docs:begin checks
    /** {@code n} longs of {@code nums}: not null, {@code 0 <= n <= nums.length}. */
    static void array(long[] nums, int n) {
        notNull(nums, "nums");
        count(n);
        if (n > nums.length) {
            throw new IndexOutOfBoundsException(
                    "n = " + n + " but the array holds " + nums.length + " longs: pass n <= nums.length");
        }
    }

    /** The remaining longs of {@code nums} as a segment Go may write and read as native int64 values. */
    static MemorySegment buffer(LongBuffer nums) {
        notNull(nums, "nums");
        if (nums.isReadOnly()) {
            throw new IllegalArgumentException("the buffer is read-only: Go would write into it anyway");
        }
        if (nums.order() != ByteOrder.nativeOrder()) {
            throw new IllegalArgumentException("the buffer is " + nums.order() + " but Go reads "
                    + ByteOrder.nativeOrder() + " longs: create it with "
                    + "ByteBuffer.allocateDirect(8 * n).order(ByteOrder.nativeOrder()).asLongBuffer()");
        }
        if (!nums.isDirect() && !nums.hasArray()) {
            throw new IllegalArgumentException("a view of a heap ByteBuffer is not a long[]: "
                    + "use LongBuffer.wrap(long[]) or a direct buffer");
        }
        MemorySegment remaining = MemorySegment.ofBuffer(nums); // position to limit
        segment(remaining, nums.remaining());
        return remaining;
    }

    /** {@code n} longs at the start of {@code nums}, in memory Go may write and read as int64. */
    static void segment(MemorySegment nums, long n) {
        notNull(nums, "nums");
        count(n);
        if (n > nums.byteSize() / Long.BYTES) {
            throw new IndexOutOfBoundsException("n = " + n + " longs do not fit in a segment of " + nums.byteSize()
                    + " bytes: pass n <= byteSize() / 8");
        }
        if (nums.isReadOnly()) {
            throw new IllegalArgumentException("the segment is read-only: Go would write into it anyway");
        }
        if (!nums.isNative() && !(nums.heapBase().orElse(null) instanceof long[])) {
            throw new IllegalArgumentException("a heap segment must wrap a long[] (MemorySegment.ofArray(long[])), not "
                    + nums.heapBase().map(o -> o.getClass().getSimpleName()).orElse("nothing"));
        }
        if (!nums.scope().isAlive()) {
            throw new IllegalStateException("the segment's arena is already closed");
        }
        if (!nums.isAccessibleBy(Thread.currentThread())) {
            throw new WrongThreadException("the segment belongs to a confined arena of another thread");
        }
        if (nums.address() % Long.BYTES != 0) {
            throw new IllegalArgumentException("Go reads int64 values at 8-byte aligned addresses; this segment starts "
                    + (nums.isNative() ? "at 0x" + Long.toHexString(nums.address()) : (nums.address() + " bytes into its array"))
                    + ": slice it at a multiple of 8 bytes");
        }
    }

    private static void count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
    }
    // docs:end checks
}
