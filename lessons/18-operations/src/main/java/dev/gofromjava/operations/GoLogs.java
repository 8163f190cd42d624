package dev.gofromjava.operations;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers a Go library's log/slog records to a {@link System.Logger}, as records: each one's level,
 * message, attributes and time travel in a {@link GoLogRecord}, the one parameter of the call, so
 * whichever backend the service has (java.util.logging, SLF4J through its System.Logger bridge)
 * gets them.
 *
 * <p>One platform thread, a daemon, drains Go's buffer and calls the logger; Go never calls Java.
 * A logger that throws loses the record it threw on, and nothing else; one that blocks holds up
 * this thread only, while Go goes on logging into its buffer and drops what does not fit there
 * (counted, and reported by a warning record in its place). Close it, or let the JVM's shutdown
 * close it: it delivers what Go had buffered, waiting for the logger at most the time given.
 */
public final class GoLogs implements AutoCloseable {
    /** How long a drain waits in Go for a record, each round. */
    static final int WAIT_MILLIS = 200;
    /** How long the JVM's shutdown waits for the last records to reach the logger. */
    public static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(2);

    private static final AtomicReference<GoLogs> RUNNING = new AtomicReference<>();

    private final Operations go;
    private final Logger logger;
    private final Thread drain;
    private final Thread shutdownHook;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    private volatile boolean closing;
    private long goLevel = Long.MIN_VALUE; // the level Go was last told: set by start, then by the drain thread alone

    private GoLogs(Operations go, Logger logger) {
        this.go = go;
        this.logger = logger;
        this.drain = Thread.ofPlatform().daemon().name("go-log-drain").unstarted(this::run);
        this.shutdownHook = Thread.ofPlatform().name("go-log-drain-shutdown").unstarted(() -> finish(SHUTDOWN_WAIT));
    }

    /**
     * Starts delivering the library's records to {@code logger}. One at a time per JVM: Go has one
     * buffer, and two drains would split it, and each goroutine's order with it.
     *
     * @throws IllegalStateException if another {@code GoLogs} is running
     */
    public static GoLogs start(Operations go, Logger logger) {
        GoLogs logs = new GoLogs(go, logger);
        if (!RUNNING.compareAndSet(null, logs)) {
            throw new IllegalStateException("Go's records go to " + RUNNING.get().logger.getName() + " already");
        }
        logs.tellGoTheLevel(); // before the drain starts: Go builds no record the logger would not take
        Runtime.getRuntime().addShutdownHook(logs.shutdownHook);
        logs.drain.start();
        return logs;
    }

    // docs:begin drain
    private void run() {
        while (!closing) {
            deliver(go.drainLogs(WAIT_MILLIS));
        }
        byte[] rest; // closing: what Go buffered until now, without waiting for more
        while ((rest = go.drainLogs(0)).length > 0) {
            deliver(rest);
        }
    }

    private void deliver(byte[] batch) {
        tellGoTheLevel();
        for (GoLogRecord record : GoLogRecord.decode(batch)) {
            try {
                logger.log(record.level(), "{0}", record); // the record is the message's one parameter
                delivered.incrementAndGet();
            } catch (Throwable t) { // the logger's failure loses this record, and stops nothing
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, t);
            }
        }
    }
    // docs:end drain

    /** Has Go build only the records the logger takes now: its level may change while the service runs. */
    private void tellGoTheLevel() {
        long wanted = Integer.MAX_VALUE; // the logger takes nothing
        for (Level level : new Level[] {Level.ERROR, Level.WARNING, Level.INFO, Level.DEBUG, Level.TRACE}) {
            if (loggable(level)) {
                wanted = switch (level) {
                    case ERROR -> 8;
                    case WARNING -> 4;
                    case INFO -> 0;
                    case DEBUG -> -4;
                    default -> Integer.MIN_VALUE;
                };
            }
        }
        if (wanted != goLevel) {
            go.setLogLevel(wanted);
            goLevel = wanted;
        }
    }

    private boolean loggable(Level level) {
        try {
            return logger.isLoggable(level);
        } catch (Throwable t) { // a logger that cannot say gets every record, and fails on each if it must
            firstFailure.compareAndSet(null, t);
            return true;
        }
    }

    /** Records the logger took. */
    public long delivered() {
        return delivered.get();
    }

    /** Records the logger threw on: each lost. */
    public long failed() {
        return failed.get();
    }

    /** What the logger threw first, or null. */
    public Throwable firstFailure() {
        return firstFailure.get();
    }

    // docs:begin close
    /**
     * Stops draining once the records Go buffered until now reached the logger, waiting for that at
     * most {@code wait}. Returns whether they all did; false means the logger was still busy (or
     * blocked) when the wait ended, and what Go still buffered stays there.
     */
    public boolean close(Duration wait) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: its hook is this very call, or runs it
        }
        return finish(wait);
    }

    private boolean finish(Duration wait) {
        closing = true;
        go.wakeLogDrain(); // a drain waiting in Go returns now
        try {
            drain.join(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean done = !drain.isAlive();
        if (done) {
            RUNNING.compareAndSet(this, null);
        }
        return done;
    }
    // docs:end close

    /** {@link #close(Duration)} with {@link #SHUTDOWN_WAIT}. */
    @Override
    public void close() {
        close(SHUTDOWN_WAIT);
    }
}
