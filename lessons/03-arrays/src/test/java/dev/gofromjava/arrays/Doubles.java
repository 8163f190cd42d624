package dev.gofromjava.arrays;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A random array of doubles, described by its length and a seed so that jqwik shrinks two numbers
 * instead of 100 000 elements, and a failure report stays one line long.
 *
 * <p>Lengths are mostly small, sometimes a few thousand and now and then up to 100 000. Elements
 * come from every corner of the format: NaNs with any payload (quiet and signaling, either sign),
 * ±0.0, ±infinity, subnormals, values whose square overflows or underflows, and any bit pattern.
 */
record Doubles(long seed, int length) {
    static final int MAX_LENGTH = 100_000;

    private static final double[] SPECIAL = {
        Double.NaN, -Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
        Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0,
        Math.sqrt(Double.MAX_VALUE), Math.nextUp(Math.sqrt(Double.MAX_VALUE)), // last finite square, first infinite
        Math.sqrt(Double.MIN_VALUE), Math.nextDown(Math.sqrt(Double.MIN_VALUE)), // around the last non-zero square
        Double.longBitsToDouble(0x7ff0_0000_0000_0001L), // signaling NaN
        Double.longBitsToDouble(0xfff8_0000_0000_0123L), // quiet NaN, negative, with a payload
    };

    static Arbitrary<Doubles> any() {
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(80, Arbitraries.integers().between(0, 64)),
                Tuple.of(15, Arbitraries.integers().between(0, 4096)),
                Tuple.of(5, Arbitraries.integers().between(0, MAX_LENGTH)));
        return Combinators.combine(Arbitraries.longs(), lengths).as(Doubles::new);
    }

    double[] values() {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = pick(random);
        }
        return values;
    }

    private static double pick(SplittableRandom r) {
        long sign = r.nextBoolean() ? Long.MIN_VALUE : 0;
        long mantissa = r.nextLong() & 0x000f_ffff_ffff_ffffL;
        return switch (r.nextInt(8)) {
            case 0 -> SPECIAL[r.nextInt(SPECIAL.length)];
            case 1 -> Double.longBitsToDouble(sign | mantissa); // subnormal (or zero)
            case 2 -> Double.longBitsToDouble(sign | 0x7ff0_0000_0000_0000L | (mantissa == 0 ? 1 : mantissa)); // NaN
            case 3 -> Double.longBitsToDouble(sign | (r.nextLong(0x5ff, 0x7ff) << 52) | mantissa); // square overflows
            case 4 -> Double.longBitsToDouble(sign | (r.nextLong(1, 0x200) << 52) | mantissa); // square underflows
            case 5 -> r.nextDouble(-1e6, 1e6);
            default -> Double.longBitsToDouble(r.nextLong()); // any bits
        };
    }

    @Override
    public String toString() {
        return "Doubles[length=" + length + ", seed=" + seed + "L]";
    }
}
