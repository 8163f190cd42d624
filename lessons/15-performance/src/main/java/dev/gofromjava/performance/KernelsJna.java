package dev.gofromjava.performance;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Callback;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.util.Objects;

/**
 * {@link Kernels} with JNA direct mapping. A {@code double[]} parameter is copied by JNA into
 * native memory before the call and back after it, whatever the length (the benchmarks show it);
 * the callback Go calls in {@link #callJava} is one object held for the life of the JVM, so JNA
 * never frees its C stub under Go.
 */
public final class KernelsJna implements Kernels {
    // docs:begin jna
    /** void (*)(void): what Go calls in callJava. */
    public interface JavaNoop extends Callback {
        void invoke();
    }

    /** The exports of libperformance.so, bound once when this class initialises. */
    static final class KernelsLibrary {
        static {
            JnaLoader.register(KernelsLibrary.class, "performance");
        }

        static native void noop();
        static native long add(long a, long b);
        static native double pi(long n);
        static native void shuffle(double[] nums, long n);          // copied in and out by JNA
        static native double dot(double[] a, long na, double[] b, long nb);
        static native double touch(double[] values, long n);
        static native long callJava(JavaNoop fn, long n);
        static native long callC(long n);

        private KernelsLibrary() {}
    }

    /** Strongly held for the life of the JVM: JNA frees a callback's stub when it is collected. */
    static final JavaNoop JAVA_NOOP = () -> {};
    // docs:end jna

    @Override
    public void noop() {
        KernelsLibrary.noop();
        JnaLoader.throwIfPanicked("noop");
    }

    @Override
    public long add(long a, long b) {
        return checked("add", KernelsLibrary.add(a, b));
    }

    @Override
    public double pi(long terms) {
        return checked("pi", KernelsLibrary.pi(Checks.count(terms, "terms")));
    }

    @Override
    public void shuffle(double[] values) {
        Objects.requireNonNull(values, "values must not be null");
        KernelsLibrary.shuffle(values, values.length);
        JnaLoader.throwIfPanicked("shuffle");
    }

    @Override
    public double dot(double[] a, double[] b) {
        Checks.sameLength(a, b, "dot");
        return checked("dot", KernelsLibrary.dot(a, a.length, b, b.length));
    }

    @Override
    public double touch(double[] values) {
        Checks.notEmpty(values, "touch reads the first and last element");
        return checked("touch", KernelsLibrary.touch(values, values.length));
    }

    @Override
    public long callJava(long n) {
        return checked("callJava", KernelsLibrary.callJava(JAVA_NOOP, Checks.count(n, "n")));
    }

    @Override
    public long callC(long n) {
        return checked("callC", KernelsLibrary.callC(Checks.count(n, "n")));
    }

    @Override
    public String toString() {
        return "JNA";
    }
}
