package dev.gofromjava.performance.bench;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.performance.KernelsFfm;
import dev.gofromjava.performance.KernelsJna;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One call, every way across: {@code noop} (nothing but the crossing) and {@code add} (two
 * arguments and a result). The C → Go floor they are compared with is FloorBench, in the same run;
 * Python's ctypes is timed beside them by scripts/bench (bench/article.py), on the same exports of
 * the same library.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBench {
    private static final FunctionDescriptor NOOP = FunctionDescriptor.ofVoid();
    private static final FunctionDescriptor ADD = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG);

    long a = 2;
    long b = 3;

    /** Each way in a class of its own, loaded and checked once when a benchmark first uses it. */
    static final class Java {
        static { Check.equal("Java add", 5L, add(2, 3)); }

        @CompilerControl(CompilerControl.Mode.DONT_INLINE)
        static void noop() {}

        @CompilerControl(CompilerControl.Mode.DONT_INLINE)
        static long add(long a, long b) {
            return a + b;
        }
    }

    static final class FfmC {
        static final MethodHandle NOOP_ = Native.C.handle("c_noop", NOOP);
        static final MethodHandle ADD_ = Native.C.handle("c_add", ADD);
        static { Check.equal("FFM c_add", 5L, call(ADD_, 2, 3)); }
    }

    static final class FfmGo {
        static final MethodHandle NOOP_ = Native.Ffm.handle("noop", NOOP);
        static final MethodHandle ADD_ = Native.Ffm.handle("add", ADD);
        static { Check.equal("FFM add", 5L, call(ADD_, 2, 3)); }
    }

    static final class FfmGoCritical {
        static final MethodHandle NOOP_ = Native.Ffm.handle("noop", NOOP, Linker.Option.critical(false));
        static final MethodHandle ADD_ = Native.Ffm.handle("add", ADD, Linker.Option.critical(false));
        static { Check.equal("FFM critical add", 5L, call(ADD_, 2, 3)); }
    }

    static final class FfmErrno {
        static final int EBADF = 9; // Linux
        static { Check.equal("FFM noop's captured errno, after close(-1) set it", EBADF, captured()); }

        static int noop() throws Throwable {
            return Native.FfmErrno.noop();
        }

        /**
         * errno as captured after a noop, with errno set just before it by libc's close(-1): Go leaves
         * it alone. (Not after a thread's first call into Go, which may set it while Go takes the thread.)
         */
        static int captured() {
            try {
                Native.FfmErrno.noop(); // the thread's first call into Go, if it is one
                Linker linker = Linker.nativeLinker();
                MethodHandle close = linker.downcallHandle(linker.defaultLookup().find("close").orElseThrow(),
                        FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
                int failed = (int) close.invokeExact(-1);
                Check.equal("close(-1)", -1, failed);
                return Native.FfmErrno.noop();
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    static final class Bindings {
        static final KernelsFfm FFM = new KernelsFfm();
        static final KernelsJna JNA = new KernelsJna();
        static {
            Check.equal("KernelsFfm add", 5L, FFM.add(2, 3));
            Check.equal("KernelsJna add", 5L, JNA.add(2, 3));
        }
    }

    private static long call(MethodHandle add, long a, long b) {
        try {
            return (long) add.invokeExact(a, b);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Benchmark
    public void javaNoop() {
        Java.noop();
    }

    @Benchmark
    public long javaAdd() {
        return Java.add(a, b);
    }

    @Benchmark
    public void ffmCNoop() throws Throwable {
        FfmC.NOOP_.invokeExact();
    }

    @Benchmark
    public long ffmCAdd() throws Throwable {
        return (long) FfmC.ADD_.invokeExact(a, b);
    }

    @Benchmark
    public void ffmNoop() throws Throwable {
        FfmGo.NOOP_.invokeExact();
    }

    @Benchmark
    public long ffmAdd() throws Throwable {
        return (long) FfmGo.ADD_.invokeExact(a, b);
    }

    @Benchmark
    public void ffmCriticalNoop() throws Throwable {
        FfmGoCritical.NOOP_.invokeExact();
    }

    @Benchmark
    public long ffmCriticalAdd() throws Throwable {
        return (long) FfmGoCritical.ADD_.invokeExact(a, b);
    }

    /** What a panic check through errno would cost FFM: errno captured after the call, and read. */
    @Benchmark
    public int ffmCaptureErrnoNoop() throws Throwable {
        return FfmErrno.noop();
    }

    /** FFM → Go, then the note taken by a critical downcall: the lesson's FFM binding before it read the count. */
    @Benchmark
    public long ffmTwoCallsNoop() throws Throwable {
        FfmGo.NOOP_.invokeExact();
        return (long) Native.FfmTake.TAKE.invokeExact();
    }

    /** KernelsFfm: the handle from GoLibrary.downcall, with its panic check after the call. */
    @Benchmark
    public void ffmCheckedNoop() {
        Bindings.FFM.noop();
    }

    @Benchmark
    public long ffmCheckedAdd() {
        return Bindings.FFM.add(a, b);
    }

    @Benchmark
    public void jnaDirectNoop() {
        Native.JnaDirect.noop();
    }

    @Benchmark
    public long jnaDirectAdd() {
        return Native.JnaDirect.add(a, b);
    }

    /** JNA direct, then a second direct call that takes the note: the lesson's JNA binding before it read errno. */
    @Benchmark
    public long jnaTwoCallsNoop() {
        Native.JnaDirect.noop();
        return Native.JnaTake.gfj_panic_take();
    }

    /** KernelsJna: direct mapping, then JnaLoader.throwIfPanicked (on Linux, JNA's saved errno read through JNI). */
    @Benchmark
    public void jnaCheckedNoop() {
        Bindings.JNA.noop();
    }

    @Benchmark
    public long jnaCheckedAdd() {
        return Bindings.JNA.add(a, b);
    }

    @Benchmark
    public void jnaInterfaceNoop() {
        Native.JnaInterface.LIB.noop();
    }

    @Benchmark
    public long jnaInterfaceAdd() {
        return Native.JnaInterface.LIB.add(a, b);
    }

    @Benchmark
    public void jnaInterfaceCheckedNoop() {
        Native.JnaChecked.LIB.noop();
    }

    @Benchmark
    public long jnaInterfaceCheckedAdd() {
        return Native.JnaChecked.LIB.add(a, b);
    }

    @Benchmark
    public void jniNoop() {
        Native.Jni.noop();
    }

    @Benchmark
    public long jniAdd() {
        return Native.Jni.add(a, b);
    }
}
