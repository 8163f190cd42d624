package dev.gofromjava.concurrency;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

/**
 * {@link Concurrency} with FFM. A downcall handle is immutable and may be invoked from any number of
 * threads at once; nothing else here is shared but the upcall stub, which is never freed.
 */
public final class ConcurrencyFfm implements Concurrency {
    static final GoLibrary LIB = GoLibrary.load("concurrency");

    // docs:begin handles
    // GoInt64 mix(GoInt64 x); GoInt64 counterAdd(GoInt64 delta); GoInt64 sleepMillis(GoInt64 ms);
    static final MethodHandle MIX = LIB.downcall("mix", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    static final MethodHandle COUNTER_ADD = LIB.downcall("counterAdd", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    static final MethodHandle SLEEP_MILLIS = LIB.downcall("sleepMillis", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    // GoUintptr primesStart(GoInt64 below, gfj_done_f done, GoInt64 id);
    static final MethodHandle PRIMES_START =
            LIB.downcall("primesStart", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoUintptr panicStart(char* message, GoInt64 ms, gfj_done_f done, GoInt64 id);
    static final MethodHandle PANIC_START =
            LIB.downcall("panicStart", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 taskCancel(GoUintptr h);
    static final MethodHandle TASK_CANCEL = LIB.downcall("taskCancel", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    // docs:end handles

    // docs:begin upcall
    /** typedef void (*gfj_done_f)(int64_t id, int64_t status, int64_t result, char* message, int64_t messageLen); */
    static final FunctionDescriptor DONE_F = FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG);

    /**
     * The completion callback every task gets: one stub for the whole JVM, in the global arena. A
     * goroutine calls it whenever its task ends, long after the call that started it returned,
     * so no arena a call could close may own it.
     */
    static final MemorySegment DONE;

    static {
        try {
            MethodHandle ended = MethodHandles.lookup().findStatic(ConcurrencyFfm.class, "ended",
                    MethodType.methodType(void.class, long.class, long.class, long.class, MemorySegment.class, long.class));
            DONE = Linker.nativeLinker().upcallStub(ended, DONE_F, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The upcall, on one of Go's threads. GoTask.ended never throws, and neither does this. */
    @SuppressWarnings("restricted") // reinterpret: Go passes messageLen bytes at message
    private static void ended(long id, long status, long result, MemorySegment message, long messageLen) {
        GoTask.ended(id, status, result,
                () -> new String(message.reinterpret(messageLen).toArray(JAVA_BYTE), StandardCharsets.UTF_8));
    }
    // docs:end upcall

    @Override
    public long mix(long x) {
        try {
            return (long) MIX.invokeExact(x);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public long counterAdd(long delta) {
        try {
            return (long) COUNTER_ADD.invokeExact(delta);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void sleepMillis(long ms) {
        Concurrency.checkSleep(ms);
        try {
            long slept = (long) SLEEP_MILLIS.invokeExact(ms);
            if (slept != ms) {
                throw new IllegalStateException("sleepMillis(" + ms + ") returned " + slept);
            }
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    // docs:begin start
    @Override
    public GoTask countPrimes(long below) {
        Concurrency.checkBelow(below);
        return GoTask.start("primesStart", id -> {
            try {
                return (long) PRIMES_START.invokeExact(below, DONE, id);
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        }, ConcurrencyFfm::cancel);
    }

    /** taskCancel: 1 when Go told the task to stop, 0 when it had ended already. */
    static long cancel(long handle) {
        try {
            return (long) TASK_CANCEL.invokeExact(handle);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end start

    @Override
    public GoTask panicAfter(String message, long ms) {
        Checks.utf8Length(message, "message");
        Concurrency.checkSleep(ms);
        return GoTask.start("panicStart", id -> {
            // Go copies the message before panicStart returns: the arena may close right after.
            try (Arena arena = Arena.ofConfined()) {
                return (long) PANIC_START.invokeExact(arena.allocateFrom(message), ms, DONE, id);
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        }, ConcurrencyFfm::cancel);
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
