package dev.gofromjava.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Predicate;

/**
 * A {@link System.Logger} that keeps the Go records it is given, for the tests; it takes every
 * level unless told otherwise, and may throw on the records a predicate picks.
 */
final class CapturingLogger implements System.Logger {
    private final List<GoLogRecord> records = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final Level lowest;
    private final Predicate<GoLogRecord> throwOn;

    CapturingLogger() {
        this(Level.ALL, r -> false);
    }

    CapturingLogger(Level lowest, Predicate<GoLogRecord> throwOn) {
        this.lowest = lowest;
        this.throwOn = throwOn;
    }

    @Override
    public String getName() {
        return "capturing";
    }

    @Override
    public boolean isLoggable(Level level) {
        return level.getSeverity() >= lowest.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        throw new AssertionError("Go's records come with their record as a parameter, not as " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (!"{0}".equals(format) || params.length != 1 || !(params[0] instanceof GoLogRecord record)) {
            throw new AssertionError("not a Go record: " + format + " " + List.of(params));
        }
        if (throwOn.test(record)) {
            throw new IllegalStateException("the logger failed on " + record);
        }
        synchronized (this) {
            records.add(record);
            levels.add(level);
        }
    }

    synchronized List<GoLogRecord> records() {
        return List.copyOf(records);
    }

    synchronized List<Level> levels() {
        return List.copyOf(levels);
    }
}
