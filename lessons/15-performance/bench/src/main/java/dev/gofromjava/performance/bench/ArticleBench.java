package dev.gofromjava.performance.bench;

import dev.gofromjava.performance.JavaKernels;
import dev.gofromjava.performance.KernelsFfm;
import dev.gofromjava.performance.KernelsJna;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The article's benchmarks: π from 10M terms of the Leibniz series, and a shuffle of 10M
 * elements, in Go through both bindings and in plain Java. Python's times for the same work come
 * from bench/article.py in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ArticleBench {
    static final int N = 10_000_000;
    static final MethodHandle SHUFFLE = Native.Ffm.handle("shuffle",
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

    KernelsFfm ffm;
    KernelsJna jna;
    double[] doubles;
    int[] ints;
    List<Integer> boxed;
    SplittableRandom random;
    Random listRandom;
    Arena arena;
    MemorySegment offHeap;

    /** Builds the inputs, then checks the one kernel this JVM is about to time. */
    @Setup
    public void setUp(BenchmarkParams params) throws Throwable {
        ffm = new KernelsFfm();
        jna = new KernelsJna();
        doubles = IntStream.range(0, N).asDoubleStream().toArray();
        ints = IntStream.range(0, N).toArray();
        boxed = new ArrayList<>(IntStream.range(0, N).boxed().toList());
        random = new SplittableRandom(0);
        listRandom = new Random(0);
        arena = Arena.ofConfined();
        offHeap = arena.allocate(ValueLayout.JAVA_DOUBLE, N);
        MemorySegment.copy(doubles, 0, offHeap, ValueLayout.JAVA_DOUBLE, 0, N);
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        double tolerance = 4.0 / (2.0 * N + 1); // an alternating series stops within its next term
        switch (method) {
            case "piGoFfm" -> Check.near("pi through FFM", Math.PI, piGoFfm(), tolerance);
            case "piGoJna" -> Check.near("pi through JNA", Math.PI, piGoJna(), tolerance);
            case "piJava" -> Check.near("pi in Java", Math.PI, piJava(), tolerance);
            case "shuffleGoFfm" -> checkPermutation("Go through FFM", shuffleGoFfm());
            case "shuffleGoJna" -> checkPermutation("Go through JNA", shuffleGoJna());
            case "shuffleGoOffHeap" -> {
                shuffleGoOffHeap();
                checkPermutation("Go on off-heap memory", offHeap.toArray(ValueLayout.JAVA_DOUBLE));
            }
            case "shuffleJavaDoubles" -> checkPermutation("Java double[]", shuffleJavaDoubles());
            case "shuffleJavaInts" -> checkPermutation("Java int[]", IntStream.of(shuffleJavaInts()).asDoubleStream().toArray());
            case "shuffleJavaList" -> checkPermutation("Collections.shuffle",
                    shuffleJavaList().stream().mapToDouble(Integer::doubleValue).toArray());
            default -> throw new IllegalStateException("no self-check for " + method + ": add one");
        }
    }

    /** Each of 0..N-1 exactly once, and not in order. */
    private static void checkPermutation(String what, double[] values) {
        boolean[] seen = new boolean[N];
        int inPlace = 0;
        for (int i = 0; i < values.length; i++) {
            int v = (int) values[i];
            if (v != values[i] || v < 0 || v >= N || seen[v]) {
                throw new IllegalStateException(what + " is not a permutation at index " + i);
            }
            seen[v] = true;
            inPlace += v == i ? 1 : 0;
        }
        if (inPlace > N / 1000) {
            throw new IllegalStateException(what + " left " + inPlace + " of " + N + " elements in place: not shuffled");
        }
    }

    @Benchmark
    public double piGoFfm() {
        return ffm.pi(N);
    }

    @Benchmark
    public double piGoJna() {
        return jna.pi(N);
    }

    @Benchmark
    public double piJava() {
        return JavaKernels.pi(N);
    }

    /** KernelsFfm.shuffle: a copy off-heap, Go's shuffle, the copy back. */
    @Benchmark
    public double[] shuffleGoFfm() {
        ffm.shuffle(doubles);
        return doubles;
    }

    /** Go's shuffle alone: the data already off-heap, no copy, no panic check. */
    @Benchmark
    public MemorySegment shuffleGoOffHeap() throws Throwable {
        SHUFFLE.invokeExact(offHeap, (long) N);
        return offHeap;
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    /** KernelsJna.shuffle: JNA copies the double[] in and out. */
    @Benchmark
    public double[] shuffleGoJna() {
        jna.shuffle(doubles);
        return doubles;
    }

    @Benchmark
    public double[] shuffleJavaDoubles() {
        JavaKernels.shuffle(doubles, random);
        return doubles;
    }

    @Benchmark
    public int[] shuffleJavaInts() {
        JavaKernels.shuffle(ints, random);
        return ints;
    }

    @Benchmark
    public List<Integer> shuffleJavaList() {
        Collections.shuffle(boxed, listRandom);
        return boxed;
    }
}
