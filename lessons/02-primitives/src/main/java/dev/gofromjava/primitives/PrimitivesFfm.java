package dev.gofromjava.primitives;

import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** {@link Primitives} with FFM: each C type of the header becomes the {@link ValueLayout} of the same size. */
public final class PrimitivesFfm implements Primitives {
    private static final GoLibrary LIB = GoLibrary.load("primitives");

    // docs:begin add
    // GoInt64 add(GoInt64 a, GoInt64 b);
    private static final MethodHandle ADD =
            LIB.downcall("add", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));

    @Override
    public long add(long a, long b) {
        try {
            return (long) ADD.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end add

    private static final MethodHandle ADD_INT8 = binary("addInt8", JAVA_BYTE);      // GoInt8
    private static final MethodHandle ADD_UINT8 = binary("addUint8", JAVA_BYTE);    // GoUint8
    private static final MethodHandle ADD_INT16 = binary("addInt16", JAVA_SHORT);   // GoInt16
    private static final MethodHandle ADD_UINT16 = binary("addUint16", JAVA_CHAR);  // GoUint16
    private static final MethodHandle ADD_INT32 = binary("addInt32", JAVA_INT);     // GoInt32
    private static final MethodHandle ADD_UINT32 = binary("addUint32", JAVA_INT);   // GoUint32
    private static final MethodHandle ADD_UINT64 = binary("addUint64", JAVA_LONG);  // GoUint64
    private static final MethodHandle ADD_INT = binary("addInt", JAVA_LONG);        // GoInt
    private static final MethodHandle ADD_UINTPTR = binary("addUintptr", JAVA_LONG); // GoUintptr
    private static final MethodHandle ECHO_FLOAT32 =
            LIB.downcall("echoFloat32", FunctionDescriptor.of(JAVA_FLOAT, JAVA_FLOAT));     // GoFloat32
    private static final MethodHandle ECHO_FLOAT64 =
            LIB.downcall("echoFloat64", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_DOUBLE));   // GoFloat64
    private static final MethodHandle NEGATE =
            LIB.downcall("negate", FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_BOOLEAN));      // GoUint8 (bool)

    /** {@code T name(T a, T b)}. */
    private static MethodHandle binary(String name, ValueLayout type) {
        return LIB.downcall(name, FunctionDescriptor.of(type, type, type));
    }

    @Override
    public byte addInt8(byte a, byte b) {
        try {
            return (byte) ADD_INT8.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public byte addUint8(byte a, byte b) {
        try {
            return (byte) ADD_UINT8.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public short addInt16(short a, short b) {
        try {
            return (short) ADD_INT16.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public char addUint16(char a, char b) {
        try {
            return (char) ADD_UINT16.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public int addInt32(int a, int b) {
        try {
            return (int) ADD_INT32.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public int addUint32(int a, int b) {
        try {
            return (int) ADD_UINT32.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long addUint64(long a, long b) {
        try {
            return (long) ADD_UINT64.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long addInt(long a, long b) {
        try {
            return (long) ADD_INT.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long addUintptr(long a, long b) {
        try {
            return (long) ADD_UINTPTR.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public float echoFloat32(float x) {
        try {
            return (float) ECHO_FLOAT32.invokeExact(x);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public double echoFloat64(double x) {
        try {
            return (double) ECHO_FLOAT64.invokeExact(x);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public boolean negate(boolean b) {
        try {
            return (boolean) NEGATE.invokeExact(b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
