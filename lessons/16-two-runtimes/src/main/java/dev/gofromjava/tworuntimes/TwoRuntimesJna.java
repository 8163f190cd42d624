package dev.gofromjava.tworuntimes;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.bridge.JnaLoader;
import java.nio.file.Path;

/** {@link TwoRuntimes} with JNA: direct mapping, and a {@link Callback} for Go to call from its threads. */
public final class TwoRuntimesJna implements TwoRuntimes {
    // docs:begin jna
    /** typedef int64_t (*callback_f)(int64_t x); */
    public interface PlusOne extends Callback {
        long invoke(long x);
    }

    /** The upcall: x + 1. Held in a static field, so the garbage collector never frees the native stub. */
    static final PlusOne PLUS_ONE = x -> x + 1;

    /** The exports of libtworuntimes.so, bound once when this class initialises. */
    static final class TwoRuntimesLibrary {
        static {
            JnaLoader.register(TwoRuntimesLibrary.class, "tworuntimes");
        }

        static native long runtimeView(Pointer view);                          // GoInt64 runtimeView(runtime_view* view)
        static native long spin(long goroutines, long millis);                 // GoInt64 spin(GoInt64, GoInt64)
        static native long upcallFor(PlusOne callback, long threads, long millis); // GoInt64 upcallFor(callback_f, GoInt64, GoInt64)
        static native long upcallRounds(PlusOne callback, long threads, long calls, long millis);
        // GoInt64 upcallRounds(callback_f callback, GoInt64 threads, GoInt64 calls, GoInt64 millis)
        static native long hazardExitLockedAfterUpcalls(PlusOne callback, long threads, long calls, long millis);
        // GoInt64 hazardExitLockedAfterUpcalls(callback_f callback, GoInt64 threads, GoInt64 calls, GoInt64 millis)
        static native long dereferenceNil();                                   // GoInt64 dereferenceNil(void)
        static native long workInGoroutines(long goroutines, long failing, Pointer errOut, long errN);
        // GoInt64 workInGoroutines(GoInt64 goroutines, GoInt64 failing, char* errOut, GoInt64 errN)
        static native long notifyStart(long sig);                              // GoInt64 notifyStart(GoInt64 sig)
        static native long notifyCount();                                      // GoInt64 notifyCount(void)
        static native long notifyStop();                                       // GoInt64 notifyStop(void)
        static native long cpuProfileStart(String path, Pointer errOut, long errN); // GoInt64 (char*, char*, GoInt64)
        static native long cpuProfileStop();                                   // GoInt64 cpuProfileStop(void)
        static native long holdHeap(long n);                                   // GoInt64 holdHeap(GoInt64 n)
        static native void faultInC();                                         // void faultInC(void)
        static native void panicInGoroutine();                                 // void panicInGoroutine(void)

        private TwoRuntimesLibrary() {}
    }
    // docs:end jna

    // docs:begin stay-attached
    /** The same upcall; JNA leaves the thread attached after it returns, and the JVM detaches it as it ends. */
    static final PlusOne PLUS_ONE_STAYS_ATTACHED = x -> x + 1;

    static {
        Native.setCallbackThreadInitializer(PLUS_ONE_STAYS_ATTACHED,
                new CallbackThreadInitializer(true, false, "go-callback")); // daemon, never detached
    }
    // docs:end stay-attached

    /** The callback Go's threads call: JNA's default (attach, call, detach) or {@link #PLUS_ONE_STAYS_ATTACHED}. */
    private final PlusOne callback;

    /** JNA's default: a Go thread is attached to the JVM for each callback and detached after it. */
    public TwoRuntimesJna() {
        this(false);
    }

    /** With {@code keepThreadsAttached}, Go's threads stay attached after a callback until they end. */
    public TwoRuntimesJna(boolean keepThreadsAttached) {
        this.callback = keepThreadsAttached ? PLUS_ONE_STAYS_ATTACHED : PLUS_ONE;
    }

    @Override
    public RuntimeView runtimeView() {
        try (Memory view = new Memory(TwoRuntimesFfm.RUNTIME_VIEW.byteSize())) {
            long status = checked("runtimeView", TwoRuntimesLibrary.runtimeView(view));
            if (status != 0) {
                throw new IllegalStateException("runtimeView returned " + status);
            }
            return new RuntimeView(view.getLong(0), view.getLong(8), view.getLong(16), view.getLong(24),
                    view.getLong(32), view.getLong(40));
        }
    }

    @Override
    public long spin(int goroutines, long millis) {
        TwoRuntimes.checkWork("goroutines", goroutines, millis);
        return TwoRuntimesFfm.refusedOrWrong("spin", checked("spin", TwoRuntimesLibrary.spin(goroutines, millis)));
    }

    @Override
    public long upcallFor(int threads, long millis) {
        TwoRuntimes.checkWork("threads", threads, millis);
        return TwoRuntimesFfm.refusedOrWrong("upcallFor", checked("upcallFor", TwoRuntimesLibrary.upcallFor(callback, threads, millis)));
    }

    @Override
    public long upcallRounds(int threads, int calls, long millis) {
        TwoRuntimes.checkRounds(threads, calls, millis);
        return TwoRuntimesFfm.refusedOrWrong("upcallRounds",
                checked("upcallRounds", TwoRuntimesLibrary.upcallRounds(callback, threads, calls, millis)));
    }

    @Override
    public long hazardExitLockedAfterUpcalls(int threads, int calls, long millis) {
        TwoRuntimes.checkRounds(threads, calls, millis);
        return TwoRuntimesFfm.refusedOrWrong("hazardExitLockedAfterUpcalls", checked("hazardExitLockedAfterUpcalls",
                TwoRuntimesLibrary.hazardExitLockedAfterUpcalls(callback, threads, calls, millis)));
    }

    @Override
    public long dereferenceNil() {
        return checked("dereferenceNil", TwoRuntimesLibrary.dereferenceNil()); // throws GoPanicException
    }

    @Override
    public void workInGoroutines(int goroutines, int failing) {
        long status = GoStatus.call("workInGoroutines",
                (message, n) -> TwoRuntimesLibrary.workInGoroutines(goroutines, failing, message, n));
        if (status != 0) {
            throw new IllegalStateException("workInGoroutines returned an unknown status, " + status);
        }
    }

    @Override
    public void notifyStart(int signal) {
        if (checked("notifyStart", TwoRuntimesLibrary.notifyStart(signal)) != 0) {
            throw new IllegalStateException("notifyStart(" + signal + ") refused: not a signal Go can be asked"
                    + " for (1..64, not SIGKILL or SIGSTOP), or one is already counted");
        }
    }

    @Override
    public long notifyCount() {
        return checked("notifyCount", TwoRuntimesLibrary.notifyCount());
    }

    @Override
    public void notifyStop() {
        if (checked("notifyStop", TwoRuntimesLibrary.notifyStop()) != 0) {
            throw new IllegalStateException("notifyStop: Go was counting no signal");
        }
    }

    @Override
    public void cpuProfileStart(Path file) {
        String path = file.toString();
        Checks.utf8Length(path, "file");
        long status = GoStatus.call("cpuProfileStart", (message, n) -> TwoRuntimesLibrary.cpuProfileStart(path, message, n));
        if (status != 0) {
            throw new IllegalStateException("cpuProfileStart returned an unknown status, " + status);
        }
    }

    @Override
    public void cpuProfileStop() {
        if (checked("cpuProfileStop", TwoRuntimesLibrary.cpuProfileStop()) != 0) {
            throw new IllegalStateException("cpuProfileStop: Go's profiler was not running, or its file could not be written");
        }
    }

    @Override
    public void holdHeap(long bytes) {
        if (bytes < 0 || bytes > MAX_HEAP_BYTES) {
            throw new IllegalArgumentException("bytes must be 0.." + MAX_HEAP_BYTES + ", got " + bytes);
        }
        TwoRuntimesFfm.refusedOrWrong("holdHeap", checked("holdHeap", TwoRuntimesLibrary.holdHeap(bytes)));
    }

    @Override
    public void faultInC() {
        TwoRuntimesLibrary.faultInC();
        JnaLoader.throwIfPanicked("faultInC");
    }

    @Override
    public void panicInGoroutine() {
        TwoRuntimesLibrary.panicInGoroutine();
        JnaLoader.throwIfPanicked("panicInGoroutine");
    }

    @Override
    public String toString() {
        return callback == PLUS_ONE ? "JNA" : "JNA, threads kept attached";
    }
}
