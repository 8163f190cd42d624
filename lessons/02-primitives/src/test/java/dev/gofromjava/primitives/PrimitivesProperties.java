package dev.gofromjava.primitives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every property runs against both bindings; a failure names the binding. */
class PrimitivesProperties {
    private static final List<Primitives> BINDINGS = PrimitivesExamplesTest.BINDINGS;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    // docs:begin wraps
    @Property
    void addWrapsAroundLikeJava(@ForAll long a, @ForAll long b) {
        for (Primitives go : BINDINGS) {
            assertEquals(a + b, go.add(a, b), go + " add");
            assertEquals(a + b, go.addInt(a, b), go + " addInt");
            assertEquals(a + b, go.addUintptr(a, b), go + " addUintptr");
        }
    }
    // docs:end wraps

    @Property
    void uint64ReadsAsUnsigned(@ForAll long a, @ForAll long b) {
        BigInteger expected = unsigned(a).add(unsigned(b)).mod(TWO_64);
        for (Primitives go : BINDINGS) {
            assertEquals(expected.toString(), Long.toUnsignedString(go.addUint64(a, b)), go + " addUint64");
        }
    }

    @Property
    void smallSignedIntegersWrap(@ForAll byte a8, @ForAll byte b8, @ForAll short a16, @ForAll short b16,
                                 @ForAll int a32, @ForAll int b32) {
        for (Primitives go : BINDINGS) {
            assertEquals((byte) (a8 + b8), go.addInt8(a8, b8), go + " addInt8");
            assertEquals((short) (a16 + b16), go.addInt16(a16, b16), go + " addInt16");
            assertEquals(a32 + b32, go.addInt32(a32, b32), go + " addInt32");
        }
    }

    @Property
    void smallUnsignedIntegersReadAsUnsigned(@ForAll byte a8, @ForAll byte b8, @ForAll char a16, @ForAll char b16,
                                             @ForAll int a32, @ForAll int b32) {
        for (Primitives go : BINDINGS) {
            assertEquals((Byte.toUnsignedInt(a8) + Byte.toUnsignedInt(b8)) % 256,
                    Byte.toUnsignedInt(go.addUint8(a8, b8)), go + " addUint8");
            assertEquals((a16 + b16) % 65536, (int) go.addUint16(a16, b16), go + " addUint16");
            assertEquals((Integer.toUnsignedLong(a32) + Integer.toUnsignedLong(b32)) % (1L << 32),
                    Integer.toUnsignedLong(go.addUint32(a32, b32)), go + " addUint32");
        }
    }

    // docs:begin bits
    /** Any 64 bits, read as a double and sent through Go, come back unchanged. */
    @Property
    void float64RoundTripsBitForBit(@ForAll("float64Bits") long bits) {
        double x = Double.longBitsToDouble(bits);
        for (Primitives go : BINDINGS) {
            assertEquals(bits, Double.doubleToRawLongBits(go.echoFloat64(x)), go + " echoFloat64");
        }
    }
    // docs:end bits

    @Property
    void float32RoundTripsBitForBit(@ForAll("float32Bits") int bits) {
        float x = Float.intBitsToFloat(bits);
        for (Primitives go : BINDINGS) {
            assertEquals(bits, Float.floatToRawIntBits(go.echoFloat32(x)), go + " echoFloat32");
        }
    }

    @Property
    void boolMapsBothWays(@ForAll boolean b) {
        for (Primitives go : BINDINGS) {
            assertEquals(!b, go.negate(b), go + " negate");
        }
    }

    /** Random bit patterns plus the values that usually break: NaNs with payloads, infinities, -0.0, subnormals. */
    @Provide
    Arbitrary<Long> float64Bits() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(
                Double.doubleToRawLongBits(Double.NaN), 0x7ff8_0000_0000_0001L, 0xfff0_0000_0000_0001L,
                Double.doubleToRawLongBits(Double.POSITIVE_INFINITY), Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY),
                Double.doubleToRawLongBits(-0.0), 0L, Double.doubleToRawLongBits(Double.MIN_VALUE),
                Double.doubleToRawLongBits(Double.MIN_NORMAL) - 1, Double.doubleToRawLongBits(Double.MAX_VALUE)),
                Arbitraries.longs().between(1, (1L << 52) - 1)); // subnormals
    }

    @Provide
    Arbitrary<Integer> float32Bits() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(
                Float.floatToRawIntBits(Float.NaN), 0x7fc0_0001, 0xff80_0001,
                Float.floatToRawIntBits(Float.POSITIVE_INFINITY), Float.floatToRawIntBits(Float.NEGATIVE_INFINITY),
                Float.floatToRawIntBits(-0.0f), 0, Float.floatToRawIntBits(Float.MIN_VALUE),
                Float.floatToRawIntBits(Float.MAX_VALUE)),
                Arbitraries.integers().between(1, (1 << 23) - 1)); // subnormals
    }

    private static BigInteger unsigned(long x) {
        return new BigInteger(Long.toUnsignedString(x));
    }
}
