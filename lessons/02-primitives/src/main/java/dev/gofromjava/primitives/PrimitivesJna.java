package dev.gofromjava.primitives;

import static dev.gofromjava.bridge.JnaLoader.checked;

import dev.gofromjava.bridge.JnaLoader;

/**
 * {@link Primitives} with JNA direct mapping: {@code static native} methods bound by
 * {@code Native.register}, JNA's fast path (no proxy, no reflection per call).
 *
 * <p>Direct mapping has no proxy to check for a Go panic after each call, so every method does it
 * itself: {@code checked(export, call)} runs the call, then {@link JnaLoader#throwIfPanicked}.
 *
 * <p>Two JNA defaults do not fit Go: {@code boolean} crosses as a 4-byte C {@code int} and
 * {@code char} as a 4-byte {@code wchar_t}. A Go {@code bool} is therefore passed as {@code byte}
 * and a {@code uint16} as {@code short}.
 */
public final class PrimitivesJna implements Primitives {
    // docs:begin jna
    /** The exports of libprimitives.so, bound once when this class initialises. */
    static final class PrimitivesLibrary {
        static {
            JnaLoader.register(PrimitivesLibrary.class, "primitives");
        }

        static native long add(long a, long b);         // GoInt64
        static native byte addInt8(byte a, byte b);     // GoInt8
        static native byte addUint8(byte a, byte b);    // GoUint8
        static native short addInt16(short a, short b); // GoInt16
        static native short addUint16(short a, short b); // GoUint16: short, not char
        static native int addInt32(int a, int b);       // GoInt32
        static native int addUint32(int a, int b);      // GoUint32
        static native long addUint64(long a, long b);   // GoUint64
        static native long addInt(long a, long b);      // GoInt
        static native long addUintptr(long a, long b);  // GoUintptr
        static native float echoFloat32(float x);       // GoFloat32
        static native double echoFloat64(double x);     // GoFloat64
        static native byte negate(byte b);              // GoUint8 (bool): byte, not boolean

        private PrimitivesLibrary() {}
    }

    @Override
    public long add(long a, long b) {
        return checked("add", PrimitivesLibrary.add(a, b)); // the call, then the panic check
    }
    // docs:end jna

    @Override
    public byte addInt8(byte a, byte b) {
        return checked("addInt8", PrimitivesLibrary.addInt8(a, b));
    }

    @Override
    public byte addUint8(byte a, byte b) {
        return checked("addUint8", PrimitivesLibrary.addUint8(a, b));
    }

    @Override
    public short addInt16(short a, short b) {
        return checked("addInt16", PrimitivesLibrary.addInt16(a, b));
    }

    @Override
    public char addUint16(char a, char b) {
        return (char) checked("addUint16", PrimitivesLibrary.addUint16((short) a, (short) b));
    }

    @Override
    public int addInt32(int a, int b) {
        return checked("addInt32", PrimitivesLibrary.addInt32(a, b));
    }

    @Override
    public int addUint32(int a, int b) {
        return checked("addUint32", PrimitivesLibrary.addUint32(a, b));
    }

    @Override
    public long addUint64(long a, long b) {
        return checked("addUint64", PrimitivesLibrary.addUint64(a, b));
    }

    @Override
    public long addInt(long a, long b) {
        return checked("addInt", PrimitivesLibrary.addInt(a, b));
    }

    @Override
    public long addUintptr(long a, long b) {
        return checked("addUintptr", PrimitivesLibrary.addUintptr(a, b));
    }

    @Override
    public float echoFloat32(float x) {
        return checked("echoFloat32", PrimitivesLibrary.echoFloat32(x));
    }

    @Override
    public double echoFloat64(double x) {
        return checked("echoFloat64", PrimitivesLibrary.echoFloat64(x));
    }

    // docs:begin bool
    @Override
    public boolean negate(boolean b) {
        return checked("negate", PrimitivesLibrary.negate(b ? (byte) 1 : (byte) 0)) != 0;
    }
    // docs:end bool

    @Override
    public String toString() {
        return "JNA";
    }
}
