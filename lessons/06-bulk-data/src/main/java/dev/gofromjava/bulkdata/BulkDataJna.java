package dev.gofromjava.bulkdata;

import com.sun.jna.Pointer;
import static dev.gofromjava.bridge.JnaLoader.checked;
import static dev.gofromjava.bridge.JnaLoader.throwIfPanicked;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.nio.LongBuffer;
import java.util.Objects;
import org.apache.arrow.vector.ValueVector;

/**
 * {@link BulkData} with JNA direct mapping: one {@code static native} method per kind of argument,
 * all bound to the same export.
 *
 * <p>JNA copies a {@code long[]} into native memory before the call and back after it. A direct
 * buffer and a {@link Pointer} are passed by address, with no copy. Direct mapping has no proxy
 * to check for a Go panic, so each call is followed by {@code throwIfPanicked}.
 */
public final class BulkDataJna implements BulkData {
    // docs:begin jna
    /** The exports of libbulkdata.so: overloads of one C function, bound once. */
    static final class BulkDataLibrary {
        static {
            JnaLoader.register(BulkDataLibrary.class, "bulkdata");
        }

        // docs:begin overloads
        // void increase(GoInt64* nums, GoInt64 n, GoInt64 a);
        static native void increase(long[] nums, long n, long a);     // copied in, and back out
        static native void increase(LongBuffer nums, long n, long a); // a direct buffer, from its position
        static native void increase(Pointer nums, long n, long a);    // any native address
        // docs:end overloads

        // GoInt64 increaseArrow(struct ArrowArray* arr, struct ArrowSchema* schema, GoInt64 a, char* errOut, GoInt64 errN);
        static native long increaseArrow(Pointer array, Pointer schema, long a, Pointer errOut, long errN);

        private BulkDataLibrary() {}
    }
    // docs:end jna

    // docs:begin sources
    @Override
    public void increase(long[] nums, int n, long a) {
        Objects.requireNonNull(nums, "nums must not be null");
        Checks.count(n, "n");
        Checks.fits("nums", nums.length, n, "longs");
        BulkDataLibrary.increase(nums, n, a);
        throwIfPanicked("increase");
    }

    @Override
    public void increase(LongBuffer nums, long a) {
        MemorySegment remaining = Checks.longs(nums, "nums");
        if (!nums.isDirect()) {
            increase(remaining, nums.remaining(), a); // a heap buffer: through its long[]
            return;
        }
        // JNA passes the address of the element at the buffer's position; the count is ours.
        BulkDataLibrary.increase(nums, nums.remaining(), a);
        throwIfPanicked("increase");
    }

    @Override
    public void increase(MemorySegment nums, long n, long a) {
        Objects.requireNonNull(nums, "nums must not be null");
        Checks.count(n, "n");
        Checks.heapArrayOf("nums", nums, long[].class);
        Checks.writable("nums", nums);
        Checks.elements("nums", nums, n, JAVA_LONG);
        if (nums.isNative()) {
            // JNA sees a bare address: FFM's liveness checks stop here, so they ran above.
            try {
                BulkDataLibrary.increase(new Pointer(nums.address()), n, a);
                throwIfPanicked("increase");
            } finally {
                Reference.reachabilityFence(nums); // an automatic arena's memory stays until here
            }
            return;
        }
        // A heap segment has no address outside the Java heap: copy in and out, as JNA does for long[].
        long bytes = n * Long.BYTES;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment copy = arena.allocate(Math.max(bytes, 1), Long.BYTES);
            MemorySegment.copy(nums, 0, copy, 0, bytes);
            BulkDataLibrary.increase(new Pointer(copy.address()), n, a);
            throwIfPanicked("increase"); // before the copy back: a panic leaves nums as it was
            MemorySegment.copy(copy, 0, nums, 0, bytes);
        }
    }
    // docs:end sources

    // docs:begin arrow
    @Override
    public void increase(ValueVector column, long a) {
        ArrowColumns.increase(column, a, (array, schema, amount, message) -> checked("increaseArrow",
                BulkDataLibrary.increaseArrow(new Pointer(array), new Pointer(schema), amount,
                        new Pointer(message.address()), message.byteSize())));
    }
    // docs:end arrow

    @Override
    public String toString() {
        return "JNA";
    }
}
