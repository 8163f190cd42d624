package dev.gofromjava.performance.bench;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.performance.JavaKernels;
import dev.gofromjava.performance.KernelsFfm;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same Go kernel, the article's dot, over off-heap memory and over heap arrays passed with
 * {@code critical(true)}: in one call over the whole arrays, and as KernelsFfm does it, in pieces
 * of at most 128 KiB. If the JVM copied a heap array for a critical call, the heap rows would be
 * slower than the off-heap one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBench {
    static final FunctionDescriptor DOT = FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG);
    static final MethodHandle OFF_HEAP = Native.Ffm.handle("dot", DOT);
    static final MethodHandle CRITICAL = Native.Ffm.handle("dot", DOT, Linker.Option.critical(true));

    /** 8192 doubles of each array are one 128 KiB piece; 10M is the article's size. */
    @Param({"8192", "10000000"})
    int n;

    double[] a;
    double[] b;
    Arena arena;
    MemorySegment offA;
    MemorySegment offB;
    KernelsFfm ffm;

    @Setup
    public void setUp() throws Throwable {
        java.util.SplittableRandom random = new java.util.SplittableRandom(15);
        a = random.ints(n, -1000, 1000).asDoubleStream().toArray(); // small integers: every sum is exact
        b = random.ints(n, -1000, 1000).asDoubleStream().toArray();
        arena = Arena.ofConfined();
        offA = arena.allocate(JAVA_DOUBLE, n);
        offB = arena.allocate(JAVA_DOUBLE, n);
        MemorySegment.copy(a, 0, offA, JAVA_DOUBLE, 0, n);
        MemorySegment.copy(b, 0, offB, JAVA_DOUBLE, 0, n);
        ffm = new KernelsFfm();
        double want = JavaKernels.dot(a, b);
        Check.equal("dot off-heap", want, offHeap());
        Check.equal("dot critical, whole arrays", want, criticalWhole());
        Check.equal("dot critical, 128 KiB pieces", want, criticalPieces());
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public double offHeap() throws Throwable {
        return (double) OFF_HEAP.invokeExact(offA, (long) n, offB, (long) n);
    }

    @Benchmark
    public double criticalWhole() throws Throwable {
        return (double) CRITICAL.invokeExact(MemorySegment.ofArray(a), (long) n, MemorySegment.ofArray(b), (long) n);
    }

    @Benchmark
    public double criticalPieces() {
        return ffm.dot(a, b);
    }
}
