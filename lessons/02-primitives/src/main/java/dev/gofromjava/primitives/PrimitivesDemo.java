package dev.gofromjava.primitives;

/** The article's {@code 10 + 15 = 25}, then one line per unsigned type and the float and bool rows. */
public final class PrimitivesDemo {
    private PrimitivesDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Primitives go = switch (String.join(" ", args)) {
            case "ffm" -> new PrimitivesFfm();
            case "jna" -> new PrimitivesJna();
            default -> throw new IllegalArgumentException("usage: PrimitivesDemo ffm|jna");
        };
        System.out.println("10 + 15 = " + go.add(10, 15));
        System.out.println("int64: " + Long.MAX_VALUE + " + 1 = " + go.add(Long.MAX_VALUE, 1));
        System.out.println("uint8: 255 + 1 = " + Byte.toUnsignedInt(go.addUint8((byte) 255, (byte) 1)));
        System.out.println("uint16: 65535 + 2 = " + (int) go.addUint16((char) 65535, (char) 2));
        System.out.println("uint32: 4294967295 + 0 = "
                + Integer.toUnsignedLong(go.addUint32(0xFFFF_FFFF, 0)));
        System.out.println("uint64: 18446744073709551615 + 0 = "
                + Long.toUnsignedString(go.addUint64(-1L, 0)));
        double nan = Double.longBitsToDouble(0x7ff8_0000_0000_0001L);
        System.out.printf("float64: NaN 0x%x comes back as 0x%x%n",
                Double.doubleToRawLongBits(nan), Double.doubleToRawLongBits(go.echoFloat64(nan)));
        System.out.println("bool: !true = " + go.negate(true));
    }
    // docs:end demo
}
