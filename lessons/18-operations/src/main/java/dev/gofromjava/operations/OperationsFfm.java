package dev.gofromjava.operations;

import static dev.gofromjava.operations.Operations.accepted;
import static dev.gofromjava.operations.Operations.checkRange;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/** {@link Operations} with FFM. */
public final class OperationsFfm implements Operations {
    private static final GoLibrary LIB = GoLibrary.load("operations");

    /** log_stats: four int64_t. */
    static final StructLayout LOG_STATS = MemoryLayout.structLayout(JAVA_LONG.withName("accepted"),
            JAVA_LONG.withName("dropped"), JAVA_LONG.withName("bufferedBytes"), JAVA_LONG.withName("capacityBytes"))
            .withName("log_stats");

    private static final FunctionDescriptor LONG = FunctionDescriptor.of(JAVA_LONG);
    private static final FunctionDescriptor LONG_LONG = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG);
    private static final FunctionDescriptor LONG_LONG_LONG = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG);

    // docs:begin handles
    // GoInt64 logsDrain(char* out, GoInt64 outN, GoInt64 waitMillis): it may wait in Go, so not critical.
    private static final MethodHandle LOGS_DRAIN = LIB.downcall("logsDrain",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG));
    // GoInt64 readMetrics(go_metrics* out);
    private static final MethodHandle READ_METRICS = LIB.downcall("readMetrics", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    // docs:end handles
    private static final MethodHandle LOGS_WAKE = LIB.downcall("logsWake", LONG);
    private static final MethodHandle LOGS_SET_LEVEL = LIB.downcall("logsSetLevel", LONG_LONG);
    private static final MethodHandle LOGS_SET_CAPACITY = LIB.downcall("logsSetCapacity", LONG_LONG);
    private static final MethodHandle LOGS_STATS = LIB.downcall("logsStats", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    private static final MethodHandle LOGS_RECORD_LIMIT = LIB.downcall("logsRecordLimit", LONG);
    private static final MethodHandle LOG_BURST = LIB.downcall("logBurst", LONG_LONG_LONG);
    private static final MethodHandle LOG_FROM_LOCKED_THREADS = LIB.downcall("logFromLockedThreads", LONG_LONG_LONG);
    // GoInt64 logRecord(GoInt64 level, char* message, GoInt64 messageN);
    private static final MethodHandle LOG_RECORD = LIB.downcall("logRecord",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG));
    private static final MethodHandle LOG_IN_BACKGROUND = LIB.downcall("logInBackground", LONG_LONG);
    private static final MethodHandle LOG_IN_BACKGROUND_STOP = LIB.downcall("logInBackgroundStop", LONG);
    private static final MethodHandle HOLD_HEAP = LIB.downcall("holdHeap", LONG_LONG);
    private static final MethodHandle CHURN = LIB.downcall("churn", LONG_LONG);
    private static final MethodHandle COLLECT_GARBAGE = LIB.downcall("collectGarbage", LONG);
    private static final MethodHandle PARK_GOROUTINES = LIB.downcall("parkGoroutines", LONG_LONG);
    private static final MethodHandle RELEASE_GOROUTINES = LIB.downcall("releaseGoroutines", LONG);
    private static final MethodHandle CALL_C = LIB.downcall("callC", LONG_LONG);
    private static final MethodHandle SET_MAX_PROCS = LIB.downcall("setMaxProcs", LONG_LONG);
    private static final MethodHandle SET_MEMORY_LIMIT = LIB.downcall("setMemoryLimit", LONG_LONG);
    private static final MethodHandle SET_GC_PERCENT = LIB.downcall("setGCPercent", LONG_LONG);

    private static final int RECORD_LIMIT = (int) call(LOGS_RECORD_LIMIT);

    /** The drain's buffer: four records' worth, reused by one drain at a time. */
    private final MemorySegment drainBuffer = Arena.ofAuto().allocate(4L * RECORD_LIMIT);
    private final ReentrantLock draining = new ReentrantLock();

    // docs:begin drain
    @Override
    public byte[] drainLogs(int waitMillis) {
        checkRange("waitMillis", waitMillis, 0, MAX_WAIT_MILLIS);
        draining.lock();
        try {
            long n = accepted("logsDrain", (long) LOGS_DRAIN.invokeExact(drainBuffer, drainBuffer.byteSize(), (long) waitMillis));
            return drainBuffer.asSlice(0, n).toArray(JAVA_BYTE);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        } finally {
            draining.unlock();
        }
    }
    // docs:end drain

    @Override
    public void wakeLogDrain() {
        call(LOGS_WAKE);
    }

    @Override
    public long setLogLevel(long goLevel) {
        checkRange("goLevel", goLevel, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return call(LOGS_SET_LEVEL, goLevel);
    }

    @Override
    public long setLogCapacity(long bytes) {
        checkRange("bytes", bytes, RECORD_LIMIT, 64 << 20);
        return accepted("logsSetCapacity", call(LOGS_SET_CAPACITY, bytes));
    }

    @Override
    public LogStats logStats() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(LOG_STATS);
            accepted("logsStats", (long) LOGS_STATS.invokeExact(out));
            return new LogStats(out.get(JAVA_LONG, 0), out.get(JAVA_LONG, 8), out.get(JAVA_LONG, 16), out.get(JAVA_LONG, 24));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public int logRecordLimit() {
        return RECORD_LIMIT;
    }

    @Override
    public long logBurst(int goroutines, int records) {
        checkWork(goroutines, records);
        return accepted("logBurst", call(LOG_BURST, goroutines, records));
    }

    @Override
    public long logFromLockedThreads(int goroutines, int records) {
        checkWork(goroutines, records);
        return accepted("logFromLockedThreads", call(LOG_FROM_LOCKED_THREADS, goroutines, records));
    }

    @Override
    public void logRecord(long goLevel, String message) {
        byte[] utf8 = message.getBytes(StandardCharsets.UTF_8);
        checkRange("message bytes", utf8.length, 0, MAX_RECORDS);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment text = arena.allocate(Math.max(1, utf8.length));
            MemorySegment.copy(utf8, 0, text, JAVA_BYTE, 0, utf8.length);
            accepted("logRecord", (long) LOG_RECORD.invokeExact(goLevel, text, (long) utf8.length));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public void logInBackground(int goroutines) {
        checkRange("goroutines", goroutines, 1, MAX_GOROUTINES);
        if (call(LOG_IN_BACKGROUND, goroutines) == -2) {
            throw new IllegalStateException("Go is logging in the background already");
        }
    }

    @Override
    public long stopLoggingInBackground() {
        long logged = call(LOG_IN_BACKGROUND_STOP);
        if (logged == -2) {
            throw new IllegalStateException("Go is not logging in the background");
        }
        return logged;
    }

    // docs:begin metrics
    @Override
    public GoMetrics readMetrics() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(GoMetrics.LAYOUT);
            accepted("readMetrics", (long) READ_METRICS.invokeExact(out));
            return GoMetrics.of(out.toArray(JAVA_LONG));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end metrics

    @Override
    public void holdHeap(long bytes) {
        checkRange("bytes", bytes, 0, 1 << 30);
        accepted("holdHeap", call(HOLD_HEAP, bytes));
    }

    @Override
    public void churn(long bytes) {
        checkRange("bytes", bytes, 0, 1L << 40);
        accepted("churn", call(CHURN, bytes));
    }

    @Override
    public void collectGarbage() {
        accepted("collectGarbage", call(COLLECT_GARBAGE));
    }

    @Override
    public long parkGoroutines(int n) {
        checkRange("n", n, 1, 4096);
        long waiting = call(PARK_GOROUTINES, n);
        if (waiting == -2) {
            throw new IllegalStateException("more than 4096 goroutines would wait");
        }
        return waiting;
    }

    @Override
    public long releaseGoroutines() {
        return accepted("releaseGoroutines", call(RELEASE_GOROUTINES));
    }

    @Override
    public void callC(long n) {
        checkRange("n", n, 0, 1 << 30);
        accepted("callC", call(CALL_C, n));
    }

    @Override
    public long setMaxProcs(int n) {
        checkRange("n", n, 0, 1024);
        return accepted("setMaxProcs", call(SET_MAX_PROCS, n));
    }

    @Override
    public long setMemoryLimit(long bytes) {
        checkRange("bytes", bytes, 0, Long.MAX_VALUE);
        return accepted("setMemoryLimit", call(SET_MEMORY_LIMIT, bytes));
    }

    @Override
    public long setGcPercent(int percent) {
        return call(SET_GC_PERCENT, percent); // -1 (off) is a valid answer; a panic throws
    }

    static void checkWork(int goroutines, int records) {
        checkRange("goroutines", goroutines, 1, MAX_GOROUTINES);
        checkRange("records", records, 0, MAX_RECORDS);
    }

    private static long call(MethodHandle export) {
        try {
            return (long) export.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    private static long call(MethodHandle export, long a) {
        try {
            return (long) export.invokeExact(a);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    private static long call(MethodHandle export, long a, long b) {
        try {
            return (long) export.invokeExact(a, b);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
}
