package dev.gofromjava.tworuntimes;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoStatus;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;

/** {@link TwoRuntimes} with FFM; the callback Go calls from its threads is an upcall stub. */
public final class TwoRuntimesFfm implements TwoRuntimes {
    private static final GoLibrary LIB = GoLibrary.load("tworuntimes");

    // docs:begin layout
    /** runtime_view: six int64_t, in the order Go writes them. */
    static final StructLayout RUNTIME_VIEW = MemoryLayout.structLayout(
            JAVA_LONG.withName("gomaxprocs"), JAVA_LONG.withName("numCPU"), JAVA_LONG.withName("goroutines"),
            JAVA_LONG.withName("threads"), JAVA_LONG.withName("heapObjectBytes"), JAVA_LONG.withName("memoryLimit"))
            .withName("runtime_view");
    // docs:end layout

    // typedef int64_t (*callback_f)(int64_t x);
    static final FunctionDescriptor CALLBACK = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);

    // GoInt64 runtimeView(runtime_view* view);
    private static final MethodHandle RUNTIME_VIEW_CALL = LIB.downcall("runtimeView", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    // GoInt64 spin(GoInt64 goroutines, GoInt64 millis);
    private static final MethodHandle SPIN = LIB.downcall("spin", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    // GoInt64 upcallFor(callback_f callback, GoInt64 threads, GoInt64 millis);
    private static final MethodHandle UPCALL_FOR =
            LIB.downcall("upcallFor", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG));
    // GoInt64 upcallRounds(callback_f callback, GoInt64 threads, GoInt64 calls, GoInt64 millis);
    private static final MethodHandle UPCALL_ROUNDS =
            LIB.downcall("upcallRounds", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    // GoInt64 hazardExitLockedAfterUpcalls(callback_f callback, GoInt64 threads, GoInt64 calls, GoInt64 millis);
    private static final MethodHandle HAZARD_EXIT_LOCKED_AFTER_UPCALLS = LIB.downcall("hazardExitLockedAfterUpcalls",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    // GoInt64 dereferenceNil(void);
    private static final MethodHandle DEREFERENCE_NIL = LIB.downcall("dereferenceNil", FunctionDescriptor.of(JAVA_LONG));
    // GoInt64 workInGoroutines(GoInt64 goroutines, GoInt64 failing, char* errOut, GoInt64 errN);
    private static final MethodHandle WORK_IN_GOROUTINES = LIB.downcall("workInGoroutines",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 notifyStart(GoInt64 sig); GoInt64 notifyCount(void); GoInt64 notifyStop(void);
    private static final MethodHandle NOTIFY_START = LIB.downcall("notifyStart", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    private static final MethodHandle NOTIFY_COUNT = LIB.downcall("notifyCount", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle NOTIFY_STOP = LIB.downcall("notifyStop", FunctionDescriptor.of(JAVA_LONG));
    // GoInt64 cpuProfileStart(char* path, char* errOut, GoInt64 errN); GoInt64 cpuProfileStop(void);
    private static final MethodHandle CPU_PROFILE_START =
            LIB.downcall("cpuProfileStart", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle CPU_PROFILE_STOP = LIB.downcall("cpuProfileStop", FunctionDescriptor.of(JAVA_LONG));
    // GoInt64 holdHeap(GoInt64 n);
    private static final MethodHandle HOLD_HEAP = LIB.downcall("holdHeap", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    // void faultInC(void); void panicInGoroutine(void);
    private static final MethodHandle FAULT_IN_C = LIB.downcall("faultInC", FunctionDescriptor.ofVoid());
    private static final MethodHandle PANIC_IN_GOROUTINE = LIB.downcall("panicInGoroutine", FunctionDescriptor.ofVoid());

    /** The Java method every upcall runs: {@link #plusOne}. */
    private static final MethodHandle PLUS_ONE;

    static {
        try {
            PLUS_ONE = MethodHandles.lookup().findStatic(TwoRuntimesFfm.class, "plusOne",
                    MethodType.methodType(long.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public RuntimeView runtimeView() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment view = arena.allocate(RUNTIME_VIEW);
            long status = (long) RUNTIME_VIEW_CALL.invokeExact(view);
            if (status != 0) {
                throw new IllegalStateException("runtimeView returned " + status);
            }
            return new RuntimeView(view.get(JAVA_LONG, 0), view.get(JAVA_LONG, 8), view.get(JAVA_LONG, 16),
                    view.get(JAVA_LONG, 24), view.get(JAVA_LONG, 32), view.get(JAVA_LONG, 40));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long spin(int goroutines, long millis) {
        TwoRuntimes.checkWork("goroutines", goroutines, millis);
        try {
            return refusedOrWrong("spin", (long) SPIN.invokeExact((long) goroutines, millis));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    // docs:begin upcall
    @Override
    @SuppressWarnings("restricted") // upcallStub: Go calls it only while upcallFor runs
    public long upcallFor(int threads, long millis) {
        TwoRuntimes.checkWork("threads", threads, millis);
        // A shared arena: Go calls the stub from threads of its own. It is closed after upcallFor
        // returns, when Go has joined every one of them and keeps no copy of the pointer.
        try (Arena call = Arena.ofShared()) {
            MemorySegment stub = Linker.nativeLinker().upcallStub(PLUS_ONE, CALLBACK, call);
            return refusedOrWrong("upcallFor", (long) UPCALL_FOR.invokeExact(stub, (long) threads, millis));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    /** The upcall: x + 1. It cannot throw, which matters: an exception out of an upcall ends the JVM. */
    private static long plusOne(long x) {
        return x + 1;
    }
    // docs:end upcall

    @Override
    public long upcallRounds(int threads, int calls, long millis) {
        return rounds(UPCALL_ROUNDS, "upcallRounds", threads, calls, millis);
    }

    @Override
    public long hazardExitLockedAfterUpcalls(int threads, int calls, long millis) {
        return rounds(HAZARD_EXIT_LOCKED_AFTER_UPCALLS, "hazardExitLockedAfterUpcalls", threads, calls, millis);
    }

    @SuppressWarnings("restricted") // upcallStub: Go calls it only while the export runs
    private static long rounds(MethodHandle export, String name, int threads, int calls, long millis) {
        TwoRuntimes.checkRounds(threads, calls, millis);
        try (Arena call = Arena.ofShared()) { // closed when Go has joined every thread that calls the stub
            MemorySegment stub = Linker.nativeLinker().upcallStub(PLUS_ONE, CALLBACK, call);
            return refusedOrWrong(name, (long) export.invokeExact(stub, (long) threads, (long) calls, millis));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long dereferenceNil() {
        try {
            return (long) DEREFERENCE_NIL.invokeExact(); // throws GoPanicException
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void workInGoroutines(int goroutines, int failing) {
        try (Arena arena = Arena.ofConfined()) {
            long status = GoStatus.call("workInGoroutines", arena,
                    (message, n) -> (long) WORK_IN_GOROUTINES.invokeExact((long) goroutines, (long) failing, message, n));
            if (status != 0) {
                throw new IllegalStateException("workInGoroutines returned an unknown status, " + status);
            }
        }
    }

    @Override
    public void notifyStart(int signal) {
        try {
            if ((long) NOTIFY_START.invokeExact((long) signal) != 0) {
                throw new IllegalStateException("notifyStart(" + signal + ") refused: not a signal Go can be asked"
                        + " for (1..64, not SIGKILL or SIGSTOP), or one is already counted");
            }
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long notifyCount() {
        try {
            return (long) NOTIFY_COUNT.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void notifyStop() {
        try {
            if ((long) NOTIFY_STOP.invokeExact() != 0) {
                throw new IllegalStateException("notifyStop: Go was counting no signal");
            }
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void cpuProfileStart(Path file) {
        String path = file.toString();
        Checks.utf8Length(path, "file");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cPath = arena.allocateFrom(path);
            long status = GoStatus.call("cpuProfileStart", arena, (message, n) -> (long) CPU_PROFILE_START.invokeExact(cPath, message, n));
            if (status != 0) {
                throw new IllegalStateException("cpuProfileStart returned an unknown status, " + status);
            }
        }
    }

    @Override
    public void cpuProfileStop() {
        try {
            if ((long) CPU_PROFILE_STOP.invokeExact() != 0) {
                throw new IllegalStateException("cpuProfileStop: Go's profiler was not running, or its file could not be written");
            }
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void holdHeap(long bytes) {
        if (bytes < 0 || bytes > MAX_HEAP_BYTES) {
            throw new IllegalArgumentException("bytes must be 0.." + MAX_HEAP_BYTES + ", got " + bytes);
        }
        try {
            refusedOrWrong("holdHeap", (long) HOLD_HEAP.invokeExact(bytes));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void faultInC() {
        try {
            FAULT_IN_C.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void panicInGoroutine() {
        try {
            PANIC_IN_GOROUTINE.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    /** {@code result}, or an exception when Go refused the call's arguments (-1) or a callback answered wrong (-2). */
    static long refusedOrWrong(String export, long result) {
        if (result == -1) {
            throw new IllegalArgumentException(export + " refused its arguments");
        }
        if (result == -2) {
            throw new IllegalStateException(export + ": a callback returned a wrong value");
        }
        return result;
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
