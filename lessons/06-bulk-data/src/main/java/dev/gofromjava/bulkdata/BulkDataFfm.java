package dev.gofromjava.bulkdata;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.CriticalChunks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.LongBuffer;
import java.util.Objects;
import org.apache.arrow.vector.ValueVector;

/**
 * {@link BulkData} with FFM: every source becomes a {@link MemorySegment}, and Go gets its address.
 *
 * <p>A heap segment (over a {@code long[]}) goes through a handle made with
 * {@link Linker.Option#critical(boolean) critical(true)}: Go receives the address of the array
 * itself, and writes into it, with no copy, in pieces of at most {@link CriticalChunks#MAX_BYTES}
 * (lesson 03's size policy). Native memory goes through an ordinary handle.
 */
public final class BulkDataFfm implements BulkData {
    private static final GoLibrary LIB = GoLibrary.load("bulkdata");

    // docs:begin handles
    // void increase(GoInt64* nums, GoInt64 n, GoInt64 a);
    private static final FunctionDescriptor INCREASE_C = FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG);

    /** Native memory: an ordinary downcall. */
    private static final MethodHandle INCREASE = LIB.downcall("increase", INCREASE_C);

    /**
     * Java arrays: critical(true) lets a heap segment through, and Go gets the address of the
     * array's own elements for the duration of the call. Only for short calls that never call back
     * into Java or wait (lesson 03's rules), so each call gets at most CriticalChunks.MAX_BYTES.
     */
    private static final MethodHandle INCREASE_HEAP =
            LIB.downcall("increase", INCREASE_C, Linker.Option.critical(true));

    // GoInt64 increaseArrow(struct ArrowArray* arr, struct ArrowSchema* schema, GoInt64 a, char* errOut, GoInt64 errN);
    private static final MethodHandle INCREASE_ARROW = LIB.downcall("increaseArrow",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // docs:end handles

    // docs:begin sources
    @Override
    public void increase(long[] nums, int n, long a) {
        Objects.requireNonNull(nums, "nums must not be null");
        Checks.count(n, "n");
        Checks.fits("nums", nums.length, n, "longs");
        call(MemorySegment.ofArray(nums), n, a); // a heap segment over the array: no copy
    }

    @Override
    public void increase(LongBuffer nums, long a) {
        MemorySegment remaining = Checks.longs(nums, "nums"); // position to limit, direct or over a long[]
        call(remaining, nums.remaining(), a);
    }

    @Override
    public void increase(MemorySegment nums, long n, long a) {
        Objects.requireNonNull(nums, "nums must not be null");
        Checks.count(n, "n");
        Checks.heapArrayOf("nums", nums, long[].class);
        Checks.writable("nums", nums);
        Checks.elements("nums", nums, n, JAVA_LONG);
        call(nums, n, a);
    }

    // docs:begin dispatch
    private static void call(MemorySegment nums, long n, long a) {
        if (nums.isNative()) {
            call(INCREASE, nums, n, a);
        } else {
            CriticalChunks.forEach(n, Long.BYTES, false,
                    (first, count) -> call(INCREASE_HEAP, nums.asSlice(first * Long.BYTES), count, a));
        }
    }
    // docs:end dispatch

    private static void call(MethodHandle increase, MemorySegment nums, long n, long a) {
        try {
            increase.invokeExact(nums, n, a);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end sources

    // docs:begin arrow
    @Override
    public void increase(ValueVector column, long a) {
        ArrowColumns.increase(column, a, (array, schema, amount, message) -> {
            try {
                return (long) INCREASE_ARROW.invokeExact(MemorySegment.ofAddress(array), MemorySegment.ofAddress(schema),
                        amount, message, message.byteSize());
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        });
    }
    // docs:end arrow

    @Override
    public String toString() {
        return "FFM";
    }
}
