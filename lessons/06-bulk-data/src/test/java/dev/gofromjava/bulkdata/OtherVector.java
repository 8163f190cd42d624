package dev.gofromjava.bulkdata;

import java.nio.charset.StandardCharsets;
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
 * Arrow vectors that are not a BigIntVector, each filled with {@code size} values. Some hold 64-bit
 * values too (UInt8Vector, TimeStampMilliVector): the check is on the type, not the width.
 */
enum OtherVector {
    INT {
        @Override
        FieldVector create(BufferAllocator allocator, int size) {
            IntVector v = new IntVector("int", allocator);
            v.allocateNew(size);
            zero(v);
            for (int i = 0; i < size; i++) {
                v.set(i, i);
            }
            v.setValueCount(size);
            return v;
        }
    },
    FLOAT8 {
        @Override
        FieldVector create(BufferAllocator allocator, int size) {
            Float8Vector v = new Float8Vector("float8", allocator);
            v.allocateNew(size);
            zero(v);
            for (int i = 0; i < size; i++) {
                v.set(i, i + 0.5);
            }
            v.setValueCount(size);
            return v;
        }
    },
    UINT8 {
        @Override
        FieldVector create(BufferAllocator allocator, int size) {
            UInt8Vector v = new UInt8Vector("uint8", allocator);
            v.allocateNew(size);
            zero(v);
            for (int i = 0; i < size; i++) {
                v.set(i, i);
            }
            v.setValueCount(size);
            return v;
        }
    },
    TIMESTAMP_MILLI {
        @Override
        FieldVector create(BufferAllocator allocator, int size) {
            TimeStampMilliVector v = new TimeStampMilliVector("timestamp", allocator);
            v.allocateNew(size);
            zero(v);
            for (int i = 0; i < size; i++) {
                v.set(i, 1_700_000_000_000L + i);
            }
            v.setValueCount(size);
            return v;
        }
    },
    VARCHAR {
        @Override
        FieldVector create(BufferAllocator allocator, int size) {
            VarCharVector v = new VarCharVector("varchar", allocator);
            v.allocateNew(size);
            zero(v);
            for (int i = 0; i < size; i++) {
                v.setSafe(i, ("row " + i).getBytes(StandardCharsets.UTF_8));
            }
            v.setValueCount(size);
            return v;
        }
    };

    abstract FieldVector create(BufferAllocator allocator, int size);

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
