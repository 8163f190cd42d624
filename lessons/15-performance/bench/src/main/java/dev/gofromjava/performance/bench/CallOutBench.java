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

/** Go calling out, from a loop in Go: a C function (Go's own floor), an FFM upcall stub, a JNA callback. Time per call. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallOutBench {
    static final int CALLS = 1000;

    KernelsFfm ffm;
    KernelsJna jna;

    @Setup
    public void check() {
        ffm = new KernelsFfm();
        jna = new KernelsJna();
        Check.equal("callC", (long) CALLS, ffm.callC(CALLS));
        Check.equal("FFM callJava", (long) CALLS, ffm.callJava(CALLS));
        Check.equal("JNA callJava", (long) CALLS, jna.callJava(CALLS));
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
}
