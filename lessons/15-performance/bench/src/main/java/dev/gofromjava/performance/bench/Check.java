package dev.gofromjava.performance.bench;

/** A benchmark checks its own result once before it is timed: a wrong kernel must not give a fast number. */
final class Check {
    private Check() {}

    static void equal(String what, Object want, Object got) {
        if (!want.equals(got)) {
            throw new IllegalStateException(what + ": want " + want + ", got " + got + " (the benchmark would time a wrong answer)");
        }
    }

    static void near(String what, double want, double got, double tolerance) {
        if (!(Math.abs(want - got) <= tolerance)) {
            throw new IllegalStateException(what + ": want " + want + " ± " + tolerance + ", got " + got);
        }
    }
}
