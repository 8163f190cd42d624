package dev.gofromjava.performance.bench;

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
 * The C → Go floor inside the JMH run: one Java call runs {@value #CALLS} calls of an export from a
 * loop in C (bench/floor_loop.c), so the Java call's own cost, a few ns, is spread over thousands of
 * C → Go calls. Reached through FFM (the floor every row of CallBench is compared with) and through
 * JNI (the same loop, another way in: the two floors must agree). Time per C → Go call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(FloorBench.CALLS)
public class FloorBench {
    static final int CALLS = 10_000;
    static final long SUM = (long) CALLS * (CALLS + 1) / 2; // add(i, 1) for i in [0, CALLS)

    @Setup
    public void check() throws Throwable {
        Check.equal("floorLoopNoop through FFM", (long) CALLS, ffmNoop());
        Check.equal("floorLoopAdd through FFM", SUM, ffmAdd());
        Check.equal("floorLoopNoopChecked through FFM (-1: a panic)", (long) CALLS, ffmNoopChecked());
        Check.equal("floorLoopNoop through JNI", (long) CALLS, jniNoop());
        Check.equal("floorLoopAdd through JNI", SUM, jniAdd());
    }

    @Benchmark
    public long ffmNoop() throws Throwable {
        return (long) Native.FloorLoop.NOOP.invokeExact((long) CALLS);
    }

    @Benchmark
    public long ffmAdd() throws Throwable {
        return (long) Native.FloorLoop.ADD.invokeExact((long) CALLS);
    }

    /** noop, then the panic check the lessons' FFM binding makes (gfj_panic_take), from C. */
    @Benchmark
    public long ffmNoopChecked() throws Throwable {
        return (long) Native.FloorLoop.NOOP_CHECKED.invokeExact((long) CALLS);
    }

    @Benchmark
    public long jniNoop() {
        return Native.Jni.floorLoopNoop(CALLS);
    }

    @Benchmark
    public long jniAdd() {
        return Native.Jni.floorLoopAdd(CALLS);
    }
}
