package dev.gofromjava.concurrency;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.nio.charset.StandardCharsets;

/**
 * {@link Concurrency} with JNA, by direct mapping: the panic check follows each call at once, on
 * the same thread (a virtual thread cannot be moved to another carrier in between: it does not block).
 */
public final class ConcurrencyJna implements Concurrency {
    // docs:begin jna
    /** void (*gfj_done_f)(int64_t id, int64_t status, int64_t result, char* message, int64_t messageLen) */
    interface DoneF extends Callback {
        void invoke(long id, long status, long result, Pointer message, long messageLen);
    }

    /**
     * The completion callback every task gets, in a static field: JNA frees a callback's C function
     * pointer once the Java object is collected, and goroutines call it at any time.
     */
    static final DoneF DONE = (id, status, result, message, messageLen) -> GoTask.ended(id, status, result,
            () -> messageLen == 0 ? "" : new String(message.getByteArray(0, Math.toIntExact(messageLen)), StandardCharsets.UTF_8));

    /** The exports of libconcurrency.so, bound once when this class initialises. */
    static final class ConcurrencyLibrary {
        static {
            JnaLoader.register(ConcurrencyLibrary.class, "concurrency");
        }

        static native long mix(long x);                   // GoInt64 mix(GoInt64 x)
        static native long counterAdd(long delta);        // GoInt64 counterAdd(GoInt64 delta)
        static native long sleepMillis(long ms);          // GoInt64 sleepMillis(GoInt64 ms)
        static native long primesStart(long below, DoneF done, long id);
        // GoUintptr primesStart(GoInt64 below, gfj_done_f done, GoInt64 id)
        static native long panicStart(String message, long ms, DoneF done, long id);
        // GoUintptr panicStart(char* message, GoInt64 ms, gfj_done_f done, GoInt64 id)
        static native long taskCancel(long h);            // GoInt64 taskCancel(GoUintptr h)

        private ConcurrencyLibrary() {}
    }
    // docs:end jna

    @Override
    public long mix(long x) {
        return checked("mix", ConcurrencyLibrary.mix(x));
    }

    @Override
    public long counterAdd(long delta) {
        return checked("counterAdd", ConcurrencyLibrary.counterAdd(delta));
    }

    @Override
    public void sleepMillis(long ms) {
        Concurrency.checkSleep(ms);
        long slept = checked("sleepMillis", ConcurrencyLibrary.sleepMillis(ms));
        if (slept != ms) {
            throw new IllegalStateException("sleepMillis(" + ms + ") returned " + slept);
        }
    }

    // docs:begin start
    @Override
    public GoTask countPrimes(long below) {
        Concurrency.checkBelow(below);
        return GoTask.start("primesStart", id -> checked("primesStart", ConcurrencyLibrary.primesStart(below, DONE, id)),
                ConcurrencyJna::cancel);
    }

    static long cancel(long handle) {
        return checked("taskCancel", ConcurrencyLibrary.taskCancel(handle));
    }
    // docs:end start

    @Override
    public GoTask panicAfter(String message, long ms) {
        Checks.utf8Length(message, "message");
        Concurrency.checkSleep(ms);
        return GoTask.start("panicStart", id -> checked("panicStart", ConcurrencyLibrary.panicStart(message, ms, DONE, id)),
                ConcurrencyJna::cancel);
    }

    @Override
    public String toString() {
        return "JNA";
    }
}
