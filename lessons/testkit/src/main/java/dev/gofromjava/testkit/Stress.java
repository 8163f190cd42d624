package dev.gofromjava.testkit;

/**
 * How many rounds a stress test runs: its full count in a normal run, a share of it where memcheck
 * asks for one. Valgrind slows the JVM 20 to 50 times, so memcheck runs stress tests at 10% under
 * it ({@code -Dstress.percent=10}, forwarded by the parent pom as {@value #PROPERTY}).
 */
public final class Stress {
    /** The share of each full count to run, in percent: 100 unless set. */
    public static final String PROPERTY = "gofromjava.stress.percent";

    private Stress() {}

    /** {@code full} rounds, scaled by {@value #PROPERTY}; at least 1. */
    public static int rounds(int full) {
        int percent = Integer.getInteger(PROPERTY, 100);
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException(PROPERTY + " must be 1..100, got " + percent);
        }
        return Math.max(1, (int) ((long) full * percent / 100));
    }
}
