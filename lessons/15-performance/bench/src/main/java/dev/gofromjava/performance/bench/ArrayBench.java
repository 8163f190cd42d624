package dev.gofromjava.performance.bench;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import com.sun.jna.Memory;
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
 * A Java {@code double[]} handed to Go and back, every way the lessons showed, with Go's
 * {@code touch}: it reads two elements whatever the length, so a time that grows with the length is
 * a copy. The off-heap row is the floor: the data already lives where Go reads it. Every row
 * calls the export directly, without the bindings' panic check, so rows differ only in how the
 * array gets there.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ArrayBench {
    static final FunctionDescriptor TOUCH_C = FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_LONG);
    static final MethodHandle TOUCH = Native.Ffm.handle("touch", TOUCH_C);
    static final MethodHandle TOUCH_CRITICAL = Native.Ffm.handle("touch", TOUCH_C, Linker.Option.critical(true));

    @Param({"1000", "100000", "10000000"})
    int n;

    double[] values;
    double want;
    Arena arena;
    MemorySegment offHeap;
    Memory memory;

    @Setup
    public void setUp() throws Throwable {
        values = new double[n];
        java.util.Arrays.setAll(values, i -> i);
        want = values[0] + values[n - 1];
        arena = Arena.ofConfined();
        offHeap = arena.allocate(JAVA_DOUBLE, n);
        MemorySegment.copy(values, 0, offHeap, JAVA_DOUBLE, 0, n);
        memory = new Memory((long) n * Double.BYTES);
        Check.equal("off-heap", want, offHeap());
        Check.equal("FFM critical", want, ffmCritical());
        Check.equal("FFM copy", want, ffmCopy());
        Check.equal("JNA double[]", want, jnaArray());
        Check.equal("JNA Memory", want, jnaMemory());
    }

    @TearDown
    public void tearDown() {
        arena.close();
        memory.close();
    }

    /** The data is already off-heap: no copy at all. */
    @Benchmark
    public double offHeap() throws Throwable {
        return (double) TOUCH.invokeExact(offHeap, (long) n);
    }

    /** The heap array itself, by address, in a critical call (as KernelsFfm.touch does). */
    @Benchmark
    public double ffmCritical() throws Throwable {
        return (double) TOUCH_CRITICAL.invokeExact(MemorySegment.ofArray(values), (long) n);
    }

    /** MemorySegment.copy into off-heap memory, the call, and the copy back. */
    @Benchmark
    public double ffmCopy() throws Throwable {
        MemorySegment.copy(values, 0, offHeap, JAVA_DOUBLE, 0, n);
        double result = (double) TOUCH.invokeExact(offHeap, (long) n);
        MemorySegment.copy(offHeap, JAVA_DOUBLE, 0, values, 0, n);
        return result;
    }

    /** A double[] parameter, which JNA copies in and out (as KernelsJna.touch does). */
    @Benchmark
    public double jnaArray() {
        return Native.JnaDirectArrays.touch(values, n);
    }

    /** A JNA Memory written before the call and read after it. */
    @Benchmark
    public double jnaMemory() {
        memory.write(0, values, 0, n);
        double result = Native.JnaDirect.touch(memory, n);
        memory.read(0, values, 0, n);
        return result;
    }
}
