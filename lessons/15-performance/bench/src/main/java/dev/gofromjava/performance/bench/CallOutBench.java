package dev.gofromjava.performance.bench;

import dev.gofromjava.performance.KernelsFfm;
import dev.gofromjava.performance.KernelsJna;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Go calling out, from a loop in Go: a C function (Go's own floor), an FFM upcall stub, and a JNA
 * callback, passed to a direct-mapped method (JNA calls the Java method through JNI) and to an
 * interface-mapped one (JNA wraps it in a proxy: each call boxes the arguments into an Object[] and
 * calls the method by reflection). Time per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallOutBench {
    static final int CALLS = 1000;

    /** Held for the life of the JVM, as the lesson's own callback is: JNA frees a callback's stub when it is collected. */
    static final KernelsJna.JavaNoop JAVA_NOOP = () -> {};

    KernelsFfm ffm;
    KernelsJna jna;

    @Setup
    public void check() {
        ffm = new KernelsFfm();
        jna = new KernelsJna();
        Check.equal("callC", (long) CALLS, ffm.callC(CALLS));
        Check.equal("FFM callJava", (long) CALLS, ffm.callJava(CALLS));
        Check.equal("JNA callJava", (long) CALLS, jna.callJava(CALLS));
        Check.equal("JNA interface callJava", (long) CALLS, Native.JnaInterface.LIB.callJava(JAVA_NOOP, CALLS));
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long goToC() {
        return ffm.callC(CALLS);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long goToJavaFfm() {
        return ffm.callJava(CALLS);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long goToJavaJna() {
        return jna.callJava(CALLS);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long goToJavaJnaInterface() {
        return Native.JnaInterface.LIB.callJava(JAVA_NOOP, CALLS);
    }
}
