package dev.gofromjava.performance;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.CriticalChunks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;

/**
 * {@link Kernels} with FFM, each call the way lessons 01-07 taught: heap arrays go to Go by
 * address in {@code critical(true)} calls only when the call is short ({@code touch} reads two
 * elements; {@code dot} goes in pieces of at most {@link CriticalChunks#MAX_BYTES} of both arrays
 * together); {@code shuffle}
 * needs the whole array in one call, so it works on an off-heap copy.
 */
public final class KernelsFfm implements Kernels {
    static final GoLibrary LIB = GoLibrary.load("performance");

    // docs:begin handles
    static final MethodHandle NOOP = LIB.downcall("noop", FunctionDescriptor.ofVoid());
    static final MethodHandle ADD = LIB.downcall("add", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    static final MethodHandle PI = LIB.downcall("pi", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG));
    static final MethodHandle SHUFFLE = LIB.downcall("shuffle", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));
    /** Heap pieces of at most CriticalChunks.MAX_BYTES of both arrays together: dot neither blocks nor calls back. */
    static final MethodHandle DOT = LIB.downcall("dot",
            FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG), Linker.Option.critical(true));
    /** The whole heap array: touch reads two elements, so the call is short whatever the length. */
    static final MethodHandle TOUCH = LIB.downcall("touch",
            FunctionDescriptor.of(JAVA_DOUBLE, ADDRESS, JAVA_LONG), Linker.Option.critical(true));
    /** Not critical: Go calls back into Java during the call. */
    static final MethodHandle CALL_JAVA = LIB.downcall("callJava", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    static final MethodHandle CALL_C = LIB.downcall("callC", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    // docs:end handles

    // docs:begin upcall
    /**
     * The upcall stub Go calls in callJava: one for the whole JVM, in the global arena, so no call
     * can ever reach a stub whose arena was closed.
     */
    static final MemorySegment JAVA_NOOP;

    static {
        try {
            MethodHandle target = MethodHandles.lookup().findStatic(KernelsFfm.class, "javaNoop", MethodType.methodType(void.class));
            JAVA_NOOP = Linker.nativeLinker().upcallStub(target, FunctionDescriptor.ofVoid(), Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What Go calls: nothing, and nothing that could throw. */
    private static void javaNoop() {}
    // docs:end upcall

    @Override
    public void noop() {
        try {
            NOOP.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long add(long a, long b) {
        try {
            return (long) ADD.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public double pi(long terms) {
        Checks.count(terms, "terms");
        try {
            return (double) PI.invokeExact(terms);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    // docs:begin shuffle
    @Override
    public void shuffle(double[] values) {
        Objects.requireNonNull(values, "values must not be null");
        if (values.length == 0) {
            return;
        }
        // One Go call must see the whole array, and it takes milliseconds: too long to hold
        // the GC off with a critical call. So Go shuffles an off-heap copy.
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment copy = arena.allocate(JAVA_DOUBLE, values.length);
            MemorySegment.copy(values, 0, copy, JAVA_DOUBLE, 0, values.length);
            SHUFFLE.invokeExact(copy, (long) values.length);
            MemorySegment.copy(copy, JAVA_DOUBLE, 0, values, 0, values.length);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end shuffle

    @Override
    public double dot(double[] a, double[] b) {
        Checks.sameLength(a, b, "dot");
        MemorySegment as = MemorySegment.ofArray(a);
        MemorySegment bs = MemorySegment.ofArray(b);
        double[] sum = {0};
        // An element of the piece is a double of a and one of b: 16 bytes of heap per element.
        CriticalChunks.forEach(a.length, 2 * Double.BYTES, false, (first, count) -> {
            try {
                sum[0] += (double) DOT.invokeExact(as.asSlice(first * Double.BYTES), count,
                        bs.asSlice(first * Double.BYTES), count);
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        });
        return sum[0];
    }

    @Override
    public double touch(double[] values) {
        Checks.notEmpty(values, "touch reads the first and last element");
        try {
            return (double) TOUCH.invokeExact(MemorySegment.ofArray(values), (long) values.length);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long callJava(long n) {
        Checks.count(n, "n");
        try {
            return (long) CALL_JAVA.invokeExact(JAVA_NOOP, n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long callC(long n) {
        Checks.count(n, "n");
        try {
            return (long) CALL_C.invokeExact(n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
