package dev.gofromjava.primitives;

/**
 * Lesson 02: one Go export per primitive type.
 *
 * <p>Java has no unsigned types, so an unsigned Go value travels in the Java type of the same
 * width and is read with the JDK's unsigned helpers ({@link Byte#toUnsignedInt},
 * {@link Integer#toUnsignedLong}, {@link Long#toUnsignedString}); a {@code uint16} travels as
 * {@code char}, Java's one unsigned type. Every addition wraps around, as in Java.
 */
public interface Primitives {
    /** Go {@code int64}: the article's {@code add}. */
    long add(long a, long b);

    byte addInt8(byte a, byte b);

    /** Go {@code uint8}, its bits in a {@code byte}. */
    byte addUint8(byte a, byte b);

    short addInt16(short a, short b);

    /** Go {@code uint16} as Java's unsigned {@code char}. */
    char addUint16(char a, char b);

    int addInt32(int a, int b);

    /** Go {@code uint32}, its bits in an {@code int}. */
    int addUint32(int a, int b);

    /** Go {@code uint64}, its bits in a {@code long}. */
    long addUint64(long a, long b);

    /** Go {@code int}: 64 bits on every platform this project supports. */
    long addInt(long a, long b);

    /** Go {@code uintptr} ({@code size_t} in C), its bits in a {@code long}. */
    long addUintptr(long a, long b);

    /** Returns {@code x} unchanged, bit for bit: NaN payloads, -0.0 and subnormals included. */
    float echoFloat32(float x);

    double echoFloat64(double x);

    /** Go {@code bool}: one byte holding 0 or 1. */
    boolean negate(boolean b);
}
