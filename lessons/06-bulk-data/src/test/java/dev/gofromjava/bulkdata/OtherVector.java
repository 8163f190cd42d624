package dev.gofromjava.bulkdata;

import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.ObjIntConsumer;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliVector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Arrow vectors that are not a BigIntVector, each filled with {@code size} values, and the name Go
 * gives their type when it reads it from the schema. Some hold 64-bit values too (UInt8Vector,
 * TimeStampMilliVector): the check is on the type, not the width.
 */
enum OtherVector {
    INT("int32", (a, size) -> filled(new IntVector("int", a), size, (v, i) -> v.set(i, i))),
    FLOAT8("float64", (a, size) -> filled(new Float8Vector("float8", a), size, (v, i) -> v.set(i, i + 0.5))),
    UINT8("uint64", (a, size) -> filled(new UInt8Vector("uint8", a), size, (v, i) -> v.set(i, i))),
    TIMESTAMP_MILLI("timestamp[ms]", (a, size) -> filled(new TimeStampMilliVector("timestamp", a), size,
            (v, i) -> v.set(i, 1_700_000_000_000L + i))),
    VARCHAR("utf8", (a, size) -> filled(new VarCharVector("varchar", a), size,
            (v, i) -> v.setSafe(i, ("row " + i).getBytes(StandardCharsets.UTF_8))));

    /** The type as Go names it in its refusal. */
    final String goType;
    private final BiFunction<BufferAllocator, Integer, FieldVector> factory;

    OtherVector(String goType, BiFunction<BufferAllocator, Integer, FieldVector> factory) {
        this.goType = goType;
        this.factory = factory;
    }

    FieldVector create(BufferAllocator allocator, int size) {
        return factory.apply(allocator, size);
    }

    private static <V extends FieldVector> V filled(V v, int size, ObjIntConsumer<V> set) {
        v.setInitialCapacity(size);
        v.allocateNew();
        zero(v);
        for (int i = 0; i < size; i++) {
            set.accept(v, i);
        }
        v.setValueCount(size);
        return v;
    }

    /**
     * The property compares whole buffers, bytes past the last value included, and Arrow does not
     * promise what those hold (valgrind saw them uninitialised): give every byte a known value.
     */
    private static void zero(FieldVector v) {
        zero(v.getValidityBuffer());
        zero(v.getDataBuffer());
        if (v instanceof BaseVariableWidthVector variable) {
            zero(variable.getOffsetBuffer());
        }
    }

    private static void zero(ArrowBuf buffer) {
        buffer.setZero(0, buffer.capacity());
    }
}
