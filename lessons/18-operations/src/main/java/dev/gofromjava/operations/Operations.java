package dev.gofromjava.operations;

/**
 * A Go library inside a JVM service: its log records, its runtime's numbers, its limits, and some
 * work of its own to log and measure. {@link OperationsFfm} and {@link OperationsJna} implement it
 * alike; {@link GoLogs}, {@link GoRuntimeEvent} and {@link GoRuntimeMBean} build on it.
 */
public interface Operations {
    /** Goroutines a call may start (Go's bound). */
    int MAX_GOROUTINES = 256;
    /** Records one goroutine may log in one call, and the longest message {@link #logRecord} takes, in bytes. */
    int MAX_RECORDS = 1 << 20;
    /** The longest a drain waits for a record. */
    int MAX_WAIT_MILLIS = 60_000;

    // ---- the log buffer (GoLogs drains it)

    /**
     * Moves whole log records out of Go's buffer, oldest first, in the format {@link GoLogRecord#decode}
     * reads; with none buffered, waits up to {@code waitMillis} (0 to {@value #MAX_WAIT_MILLIS}) for
     * one. An empty array: none came, or {@link #wakeLogDrain} was called.
     */
    byte[] drainLogs(int waitMillis);

    /** Makes a {@link #drainLogs} that is waiting return at once. */
    void wakeLogDrain();

    /** Has Go build records at {@code goLevel} (an slog level) and above only; returns the level it replaces. */
    long setLogLevel(long goLevel);

    /** Sets the most bytes Go's buffer holds ({@link #logRecordLimit} to 64 MiB); returns the capacity it replaces. */
    long setLogCapacity(long bytes);

    /** What Go's log buffer has done. */
    LogStats logStats();

    /** The most bytes one record takes: {@link #drainLogs} always moves at least the oldest one. */
    int logRecordLimit();

    // ---- the library's own work

    /** Has {@code goroutines} goroutines log {@code records} records each, at once; returns the records logged. */
    long logBurst(int goroutines, int records);

    /** {@link #logBurst} from goroutines that end with their OS thread locked, so that Go ends the threads. */
    long logFromLockedThreads(int goroutines, int records);

    /** Has Go log {@code message} at {@code goLevel}, with the attribute {@code bytes}: its length in UTF-8. */
    void logRecord(long goLevel, String message);

    /** Starts {@code goroutines} goroutines that log until {@link #stopLoggingInBackground}. */
    void logInBackground(int goroutines);

    /** Stops them, waits for them, and returns how many records they logged. */
    long stopLoggingInBackground();

    // ---- the runtime's numbers

    /** The Go runtime's numbers now, from runtime/metrics. */
    GoMetrics readMetrics();

    /** Makes Go hold {@code bytes} (0 to 1 GiB) on its heap, in place of what it held; 0 lets it go. */
    void holdHeap(long bytes);

    /** Makes Go allocate {@code bytes} of garbage, in 64 KiB pieces. */
    void churn(long bytes);

    /** Runs a garbage collection in Go now. */
    void collectGarbage();

    /** Starts {@code n} goroutines that wait until {@link #releaseGoroutines}; returns how many wait now. */
    long parkGoroutines(int n);

    /** Ends the waiting goroutines; returns how many there were. */
    long releaseGoroutines();

    /** Has Go call a C function that does nothing {@code n} times: Go-to-C calls. */
    void callC(long n);

    // ---- the runtime's limits

    /** Sets GOMAXPROCS to {@code n} (1 to 1024), or back to Go's default with 0; returns the value it replaces. */
    long setMaxProcs(int n);

    /** Sets Go's soft memory limit (what GOMEMLIMIT sets at load), {@link Long#MAX_VALUE} for none; returns the one it replaces. */
    long setMemoryLimit(long bytes);

    /** Sets GOGC to {@code percent}, or off with a negative value; returns the value it replaces (-1: off). */
    long setGcPercent(int percent);

    /** Fails with {@link IllegalArgumentException}, naming {@code what}, unless {@code from <= value <= to}. */
    static void checkRange(String what, long value, long from, long to) {
        if (value < from || value > to) {
            throw new IllegalArgumentException(what + " is " + value + ", want " + from + " to " + to);
        }
    }

    /** {@code result}, unless Go answered -2 (refused an argument Java had checked) or -1 (failed). */
    static long accepted(String export, long result) {
        if (result == -2) {
            throw new IllegalStateException(export + " refused arguments that Java had checked: the bounds differ");
        }
        if (result == -1) {
            throw new IllegalStateException(export + " failed");
        }
        return result;
    }
}
