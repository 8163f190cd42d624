package dev.gofromjava.performance;

import java.util.SplittableRandom;

/** The same work in plain Java, for the benchmarks to compare with and the tests to check against. */
public final class JavaKernels {
    private JavaKernels() {}

    // docs:begin java
    /** The Leibniz series, term by term in the same order as Go's pi. */
    public static double pi(long terms) {
        double result = 0, sign = 1, denom = 1;
        for (long i = 0; i < terms; i++) {
            result += sign * 4 / denom;
            sign = -sign;
            denom += 2;
        }
        return result;
    }

    /** Fisher-Yates over an {@code int[]}. */
    public static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Fisher-Yates over a {@code double[]}: the same data Go shuffles. */
    public static void shuffle(double[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
    // docs:end java

    public static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
