package dev.gofromjava.operations;

import static dev.gofromjava.operations.Operations.accepted;
import static dev.gofromjava.operations.Operations.checkRange;
import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.JnaLoader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/** {@link Operations} with JNA, direct mapping. */
public final class OperationsJna implements Operations {
    // docs:begin jna
    /** The exports of liboperations.so, bound once when this class initialises. */
    static final class OperationsLibrary {
        static {
            JnaLoader.register(OperationsLibrary.class, "operations");
        }

        static native long logsDrain(Pointer out, long outN, long waitMillis); // GoInt64 (char*, GoInt64, GoInt64)
        static native long logsWake();                                         // GoInt64 logsWake(void)
        static native long logsSetLevel(long level);                           // GoInt64 logsSetLevel(GoInt64)
        static native long logsSetCapacity(long bytes);                        // GoInt64 logsSetCapacity(GoInt64)
        static native long logsStats(Pointer out);                             // GoInt64 logsStats(log_stats*)
        static native long logsRecordLimit();                                  // GoInt64 logsRecordLimit(void)
        static native long logBurst(long goroutines, long records);            // GoInt64 (GoInt64, GoInt64)
        static native long logFromLockedThreads(long goroutines, long records); // GoInt64 (GoInt64, GoInt64)
        static native long logRecord(long level, Pointer message, long messageN); // GoInt64 (GoInt64, char*, GoInt64)
        static native long logInBackground(long goroutines);                   // GoInt64 (GoInt64)
        static native long logInBackgroundStop();                              // GoInt64 (void)
        static native long readMetrics(Pointer out);                           // GoInt64 readMetrics(go_metrics*)
        static native long holdHeap(long n);                                   // GoInt64 (GoInt64)
        static native long churn(long n);                                      // GoInt64 (GoInt64)
        static native long collectGarbage();                                   // GoInt64 (void)
        static native long parkGoroutines(long n);                             // GoInt64 (GoInt64)
        static native long releaseGoroutines();                                // GoInt64 (void)
        static native long callC(long n);                                      // GoInt64 (GoInt64)
        static native long setMaxProcs(long n);                                // GoInt64 (GoInt64)
        static native long setMemoryLimit(long bytes);                         // GoInt64 (GoInt64)
        static native long setGCPercent(long percent);                         // GoInt64 (GoInt64)

        private OperationsLibrary() {}
    }
    // docs:end jna

    private static final int RECORD_LIMIT = (int) checked("logsRecordLimit", OperationsLibrary.logsRecordLimit());

    /** The drain's buffer: four records' worth, reused by one drain at a time. */
    private final Memory drainBuffer = new Memory(4L * RECORD_LIMIT);
    private final ReentrantLock draining = new ReentrantLock();

    @Override
    public byte[] drainLogs(int waitMillis) {
        checkRange("waitMillis", waitMillis, 0, MAX_WAIT_MILLIS);
        draining.lock();
        try {
            long n = accepted("logsDrain", checked("logsDrain",
                    OperationsLibrary.logsDrain(drainBuffer, drainBuffer.size(), waitMillis)));
            return drainBuffer.getByteArray(0, (int) n);
        } finally {
            draining.unlock();
        }
    }

    @Override
    public void wakeLogDrain() {
        checked("logsWake", OperationsLibrary.logsWake());
    }

    @Override
    public long setLogLevel(long goLevel) {
        checkRange("goLevel", goLevel, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return checked("logsSetLevel", OperationsLibrary.logsSetLevel(goLevel));
    }

    @Override
    public long setLogCapacity(long bytes) {
        checkRange("bytes", bytes, RECORD_LIMIT, 64 << 20);
        return accepted("logsSetCapacity", checked("logsSetCapacity", OperationsLibrary.logsSetCapacity(bytes)));
    }

    @Override
    public LogStats logStats() {
        try (Memory out = new Memory(OperationsFfm.LOG_STATS.byteSize())) {
            accepted("logsStats", checked("logsStats", OperationsLibrary.logsStats(out)));
            return new LogStats(out.getLong(0), out.getLong(8), out.getLong(16), out.getLong(24));
        }
    }

    @Override
    public int logRecordLimit() {
        return RECORD_LIMIT;
    }

    @Override
    public long logBurst(int goroutines, int records) {
        OperationsFfm.checkWork(goroutines, records);
        return accepted("logBurst", checked("logBurst", OperationsLibrary.logBurst(goroutines, records)));
    }

    @Override
    public long logFromLockedThreads(int goroutines, int records) {
        OperationsFfm.checkWork(goroutines, records);
        return accepted("logFromLockedThreads",
                checked("logFromLockedThreads", OperationsLibrary.logFromLockedThreads(goroutines, records)));
    }

    @Override
    public void logRecord(long goLevel, String message) {
        byte[] utf8 = message.getBytes(StandardCharsets.UTF_8);
        checkRange("message bytes", utf8.length, 0, MAX_RECORDS);
        try (Memory text = new Memory(Math.max(1, utf8.length))) {
            text.write(0, utf8, 0, utf8.length);
            accepted("logRecord", checked("logRecord", OperationsLibrary.logRecord(goLevel, text, utf8.length)));
        }
    }

    @Override
    public void logInBackground(int goroutines) {
        checkRange("goroutines", goroutines, 1, MAX_GOROUTINES);
        if (checked("logInBackground", OperationsLibrary.logInBackground(goroutines)) == -2) {
            throw new IllegalStateException("Go is logging in the background already");
        }
    }

    @Override
    public long stopLoggingInBackground() {
        long logged = checked("logInBackgroundStop", OperationsLibrary.logInBackgroundStop());
        if (logged == -2) {
            throw new IllegalStateException("Go is not logging in the background");
        }
        return logged;
    }

    @Override
    public GoMetrics readMetrics() {
        try (Memory out = new Memory(GoMetrics.LAYOUT.byteSize())) {
            accepted("readMetrics", checked("readMetrics", OperationsLibrary.readMetrics(out)));
            return GoMetrics.of(out.getLongArray(0, 12));
        }
    }

    @Override
    public void holdHeap(long bytes) {
        checkRange("bytes", bytes, 0, 1 << 30);
        accepted("holdHeap", checked("holdHeap", OperationsLibrary.holdHeap(bytes)));
    }

    @Override
    public void churn(long bytes) {
        checkRange("bytes", bytes, 0, 1L << 40);
        accepted("churn", checked("churn", OperationsLibrary.churn(bytes)));
    }

    @Override
    public void collectGarbage() {
        accepted("collectGarbage", checked("collectGarbage", OperationsLibrary.collectGarbage()));
    }

    @Override
    public long parkGoroutines(int n) {
        checkRange("n", n, 1, 4096);
        long waiting = checked("parkGoroutines", OperationsLibrary.parkGoroutines(n));
        if (waiting == -2) {
            throw new IllegalStateException("more than 4096 goroutines would wait");
        }
        return waiting;
    }

    @Override
    public long releaseGoroutines() {
        return accepted("releaseGoroutines", checked("releaseGoroutines", OperationsLibrary.releaseGoroutines()));
    }

    @Override
    public void callC(long n) {
        checkRange("n", n, 0, 1 << 30);
        accepted("callC", checked("callC", OperationsLibrary.callC(n)));
    }

    @Override
    public long setMaxProcs(int n) {
        checkRange("n", n, 0, 1024);
        return accepted("setMaxProcs", checked("setMaxProcs", OperationsLibrary.setMaxProcs(n)));
    }

    @Override
    public long setMemoryLimit(long bytes) {
        checkRange("bytes", bytes, 0, Long.MAX_VALUE);
        return accepted("setMemoryLimit", checked("setMemoryLimit", OperationsLibrary.setMemoryLimit(bytes)));
    }

    @Override
    public long setGcPercent(int percent) {
        return checked("setGCPercent", OperationsLibrary.setGCPercent(percent));
    }
}
