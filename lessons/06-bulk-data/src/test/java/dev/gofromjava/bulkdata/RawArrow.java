package dev.gofromjava.bulkdata;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Go's increaseArrow called directly, through each binding, for tests that hand it structs no Java
 * caller would (already released, patched by hand), or that do something between the export and
 * the call. Also the few fields of a C ArrowArray those tests read or patch.
 */
final class RawArrow {
    /** Offsets in struct ArrowArray (64-bit): the members the tests touch. */
    static final long LENGTH = 0;
    static final long OFFSET = 16;
    static final long BUFFERS = 40;
    static final long RELEASE = 64;
    static final long SIZE = 80;

    private static final MethodHandle FFM = GoLibrary.load("bulkdata").downcall("increaseArrow",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));

    static final ArrowColumns.IncreaseArrow THROUGH_FFM = (array, schema, a, message) -> {
        try {
            return (long) FFM.invokeExact(MemorySegment.ofAddress(array), MemorySegment.ofAddress(schema), a,
                    message, message.byteSize());
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    };

    static final ArrowColumns.IncreaseArrow THROUGH_JNA = (array, schema, a, message) -> JnaLoader.checked(
            "increaseArrow", BulkDataJna.BulkDataLibrary.increaseArrow(new Pointer(array), new Pointer(schema), a,
                    new Pointer(message.address()), message.byteSize()));

    static List<ArrowColumns.IncreaseArrow> both() {
        return List.of(THROUGH_FFM, THROUGH_JNA);
    }

    /** The ArrowArray at {@code address}, as a segment its size. */
    @SuppressWarnings("restricted")
    static MemorySegment struct(long address) {
        return MemorySegment.ofAddress(address).reinterpret(SIZE);
    }

    private RawArrow() {}
}
