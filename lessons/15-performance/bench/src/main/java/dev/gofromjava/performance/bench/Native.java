package dev.gofromjava.performance.bench;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.performance.KernelsJna;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;

/**
 * The layers under the lesson's bindings, for the benchmarks that time one layer alone: FFM handles
 * without the panic check, JNA mappings without it, a JNI shim, FFM calling plain C, and the C
 * loops of the floor. Each nested class loads what it needs when a benchmark first touches it, so
 * a benchmark's JVM loads nothing it does not measure. Nothing here is a pattern to copy: the
 * lesson's bindings are.
 */
final class Native {
    private Native() {}

    /** A system property the bench script sets, or a clear error. */
    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("system property " + name + " is not set: run the benchmarks with scripts/bench");
        }
        return value;
    }

    static JnaInterface checked(String what, JnaInterface lib) {
        Check.equal(what + " add", 5L, lib.add(2, 3));
        return lib;
    }

    static JnaChecked checked(String what, JnaChecked lib) {
        Check.equal(what + " add", 5L, lib.add(2, 3));
        return lib;
    }

    /** Downcall handles to libperformance.so with no panic check. */
    static final class Ffm {
        static final SymbolLookup GO = SymbolLookup.libraryLookup(GoLibrary.load("performance").path(), Arena.global());

        static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
            return Linker.nativeLinker().downcallHandle(GO.find(name).orElseThrow(), descriptor, options);
        }

        private Ffm() {}
    }

    /** FFM calling plain C: libcnoop.so, built by scripts/bench from bench/cnoop.c. */
    static final class C {
        static final SymbolLookup LIB = SymbolLookup.libraryLookup(Path.of(property("bench.cnoop")), Arena.global());

        static MethodHandle handle(String name, FunctionDescriptor descriptor, Linker.Option... options) {
            return Linker.nativeLinker().downcallHandle(LIB.find(name).orElseThrow(), descriptor, options);
        }

        private C() {}
    }

    /**
     * bench/floor_loop.c's loops over the exports, reached through FFM: libfloorloop.so, built by
     * scripts/bench. One plain downcall runs thousands of calls from C into Go.
     */
    static final class FloorLoop {
        static final SymbolLookup LIB = SymbolLookup.libraryLookup(Path.of(property("bench.floorloop")), Arena.global());
        static final FunctionDescriptor LOOP = FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);
        static final MethodHandle NOOP = handle("floorLoopNoop");
        static final MethodHandle ADD = handle("floorLoopAdd");
        static final MethodHandle NOOP_CHECKED = handle("floorLoopNoopChecked");

        private static MethodHandle handle(String name) {
            GoLibrary.load("performance"); // the Go library first, from where the lessons load it
            return Linker.nativeLinker().downcallHandle(LIB.find(name).orElseThrow(), LOOP);
        }

        private FloorLoop() {}
    }

    /**
     * The guard's gfj_panic_take, as GoLibrary binds it (critical: plain C, it cannot block): the
     * second call FFM's check made after every call before it read the count of notes.
     */
    static final class FfmTake {
        static final MethodHandle TAKE = Ffm.handle("gfj_panic_take", FunctionDescriptor.of(ValueLayout.JAVA_LONG),
                Linker.Option.critical(false));

        private FfmTake() {}
    }

    /**
     * FFM with errno captured after the call (Linker.Option.captureCallState): what a panic check
     * through errno would cost FFM, with the capture segment allocated once (a lower bound: a binding
     * would need one per thread).
     */
    static final class FfmErrno {
        static final StructLayout STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final MethodHandle NOOP = Ffm.handle("noop", FunctionDescriptor.ofVoid(), Linker.Option.captureCallState("errno"));
        static final MemorySegment STATE_SEGMENT = Arena.global().allocate(STATE);
        static void clearErrno() throws Throwable {
            long note = (long) FfmTake.TAKE.invokeExact(); // also sets errno to 0
            Check.equal("a note left before the benchmark", 0L, note);
        }

        static int noop() throws Throwable {
            NOOP.invokeExact(STATE_SEGMENT);
            return (int) ERRNO.get(STATE_SEGMENT, 0L);
        }

        private FfmErrno() {}
    }

    /** JNA direct mapping with no panic check. */
    static final class JnaDirect {
        static {
            JnaLoader.register(JnaDirect.class, "performance");
            Check.equal("JNA direct add", 5L, add(2, 3));
        }

        static native void noop();
        static native long add(long a, long b);
        static native double touch(Pointer values, long n);

        private JnaDirect() {}
    }

    /** The guard's gfj_panic_take by JNA direct mapping: the second call the JNA binding made after every call before it read errno. */
    static final class JnaTake {
        static {
            JnaLoader.register(JnaTake.class, "performance");
        }

        static native long gfj_panic_take();

        private JnaTake() {}
    }

    /** JNA direct mapping of touch for a Java array, which JNA copies in and out; no panic check. */
    static final class JnaDirectArrays {
        static {
            JnaLoader.register(JnaDirectArrays.class, "performance");
        }

        static native double touch(double[] values, long n);

        private JnaDirectArrays() {}
    }

    /** JNA interface mapping as JNA makes it: a proxy, no panic check. */
    interface JnaInterface extends Library {
        JnaInterface LIB = checked("JNA interface", com.sun.jna.Native.load(
                NativePaths.library("performance").toString(), JnaInterface.class, JnaLoader.OPTIONS));

        void noop();
        long add(long a, long b);
        long callJava(KernelsJna.JavaNoop fn, long n); // JNA makes fn a proxy callback: an Object[] and a reflective call each time
    }

    /** JNA interface mapping as the lessons make it: JnaLoader's proxy checks for a panic after each call. */
    interface JnaChecked extends Library {
        JnaChecked LIB = checked("JnaLoader interface", JnaLoader.load("performance", JnaChecked.class));

        void noop();
        long add(long a, long b);
    }

    /** JNI: bench/jni_shim.c, a C function per method that calls the Go export, as gomobile-style bindings do. */
    static final class Jni {
        static {
            System.load(property("bench.jni"));
            Check.equal("JNI add", 5L, add(2, 3));
        }

        static native void noop();
        static native long add(long a, long b);
        static native long floorLoopNoop(long n);
        static native long floorLoopAdd(long n);

        private Jni() {}
    }
}
