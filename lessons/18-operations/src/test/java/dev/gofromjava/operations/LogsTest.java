package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.Stress;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Go's slog records in a System.Logger, both bindings; the testkit module checks C blocks and handles after each. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LogsTest {
    static final List<Operations> BINDINGS = List.of(new OperationsFfm(), new OperationsJna());

    /**
     * Closes {@code logs}, failing unless what Go buffered reached the logger within a minute: more
     * than {@link GoLogs#SHUTDOWN_WAIT}, for a JVM under valgrind.
     */
    static void finish(GoLogs logs) {
        assertTrue(logs.close(Duration.ofSeconds(60)), "the drain did not finish within a minute");
    }

    /** Empties Go's buffer, so that a test sees only its own records. */
    static void clear(Operations go) {
        while (go.drainLogs(0).length > 0) {
            // left by an earlier test
        }
    }

    /** The records of {@code logger} that {@link Operations#logBurst} made, by goroutine, checked to be in order. */
    static List<List<Long>> sequences(List<GoLogRecord> records, int goroutines) {
        List<List<Long>> seqs = new ArrayList<>();
        for (int g = 0; g < goroutines; g++) {
            seqs.add(new ArrayList<>());
        }
        for (GoLogRecord r : records) {
            if (r.message().equals("request served")) {
                List<Long> mine = seqs.get((int) (long) (Long) r.attributes().get("goroutine"));
                long seq = (Long) r.attributes().get("seq");
                assertTrue(mine.isEmpty() || mine.getLast() < seq, "goroutine's record " + seq + " after " + mine);
                mine.add(seq);
            }
        }
        return seqs;
    }

    // docs:begin many
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void recordsFromManyGoroutinesAllArriveInOrderWithTheirAttributes(Operations go) {
        int goroutines = 16, records = Stress.rounds(2_000); // a tenth under valgrind
        long capacity = go.setLogCapacity(32 << 20); // room for the whole burst: none may be dropped
        try {
            clear(go);
            long dropped = go.logStats().dropped();
            CapturingLogger logger = new CapturingLogger();
            Instant start = Instant.now();
            GoLogs logs = GoLogs.start(go, logger);
            try {
                assertEquals(goroutines * records, go.logBurst(goroutines, records));
            } finally {
                finish(logs); // delivers what Go buffered
            }
            Instant end = Instant.now();
            List<GoLogRecord> got = logger.records();
            assertEquals(goroutines * records, got.size());
            for (List<Long> seq : sequences(got, goroutines)) {
                assertEquals(records, seq.size()); // each goroutine's records, all, in the order it logged them
            }
            for (GoLogRecord r : got) {
                long seq = (Long) r.attributes().get("seq");
                assertEquals(Map.of("goroutine", r.attributes().get("goroutine"), "seq", seq, "ok", seq % 2 == 0,
                        "ratio", seq / 2.0, "took", Duration.ofNanos(seq * 1_000), "req.path", "/items", "req.bytes", seq),
                        r.attributes());
                assertEquals(List.of("goroutine", "seq", "ok", "ratio", "took", "req.path", "req.bytes"),
                        List.copyOf(r.attributes().keySet()));
                assertEquals(Level.INFO, r.level());
                assertTrue(!r.time().isBefore(start) && !r.time().isAfter(end), r.time() + " not in " + start + ".." + end);
            }
            assertEquals(List.of(Level.INFO), logger.levels().stream().distinct().toList());
            assertEquals(dropped, go.logStats().dropped());
        } finally {
            go.setLogCapacity(capacity);
        }
    }
    // docs:end many

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aLoggerThatThrowsLosesTheRecordsItThrewOnAndNothingElse(Operations go) {
        clear(go);
        long dropped = go.logStats().dropped();
        CapturingLogger logger = new CapturingLogger(Level.ALL, r -> (Long) r.attributes().get("seq") % 3 == 0);
        GoLogs logs = GoLogs.start(go, logger);
        try {
            go.logBurst(4, 300);
        } finally {
            finish(logs);
        }
        assertEquals(4 * 100, logs.failed());
        assertEquals(4 * 200, logs.delivered());
        assertInstanceOf(IllegalStateException.class, logs.firstFailure());
        for (List<Long> seq : sequences(logger.records(), 4)) {
            assertEquals(200, seq.size());
            assertTrue(seq.stream().noneMatch(s -> s % 3 == 0), seq.toString());
        }
        assertEquals(dropped, go.logStats().dropped());
    }

    // docs:begin blocked
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aBlockedLoggerStallsNoGoroutineAndLosesOnlyWhatGoCountedAndReported(Operations go) throws Exception {
        long capacity = go.setLogCapacity(256 << 10);
        clear(go);
        long droppedBefore = go.logStats().dropped();
        int records = Stress.rounds(5_000);
        CountDownLatch entered = new CountDownLatch(1), release = new CountDownLatch(1);
        CapturingLogger logger = new CapturingLogger(Level.ALL, r -> {
            if (r.message().equals("first")) {
                entered.countDown();
                awaitQuietly(release); // the logger blocks here until the test lets it go
            }
            return false;
        });
        GoLogs logs = GoLogs.start(go, logger);
        try {
            go.logRecord(0, "first");
            assertTrue(entered.await(60, TimeUnit.SECONDS), "the logger was never called");
            // 80,000 records (8,000 under valgrind: still 5 times the buffer) while the logger is blocked:
            // Go returns, having waited for nobody.
            assertEquals(16 * records, go.logBurst(16, records));
            LogStats full = go.logStats();
            assertTrue(full.dropped() > droppedBefore, full.toString());
            assertTrue(full.bufferedBytes() <= full.capacityBytes(), full.toString());
            assertEquals(0, logs.delivered()); // still blocked on the first
        } finally {
            release.countDown();
            finish(logs);
            go.setLogCapacity(capacity);
        }
        long dropped = go.logStats().dropped() - droppedBefore;
        long reported = logger.records().stream().filter(r -> r.message().startsWith("Go dropped log records"))
                .mapToLong(r -> (Long) r.attributes().get("dropped")).sum();
        long served = sequences(logger.records(), 16).stream().mapToLong(List::size).sum();
        assertEquals(16 * records, served + dropped); // each record arrived, or was dropped and counted
        assertEquals(dropped, reported); // and each drop was reported, in a warning record where it happened
    }
    // docs:end blocked

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // docs:begin locked
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void goroutinesThatEndWithTheirThreadLockedLogAndNoThreadEntersTheJvm(Operations go) {
        clear(go);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CapturingLogger logger = new CapturingLogger();
        GoLogs logs = GoLogs.start(go, logger);
        long started = threads.getTotalStartedThreadCount(); // counts threads attached to the JVM too
        try {
            assertEquals(8 * 50, go.logFromLockedThreads(8, 50));
        } finally {
            finish(logs);
        }
        assertEquals(started, threads.getTotalStartedThreadCount(), "a Go thread was attached to the JVM");
        assertEquals(8 * 50, logger.records().stream().filter(r -> r.message().equals("locked thread")).count());
    }
    // docs:end locked

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void goBuildsOnlyTheRecordsTheLoggerTakes(Operations go) {
        clear(go);
        CapturingLogger logger = new CapturingLogger(Level.WARNING, r -> false);
        long accepted = go.logStats().accepted();
        GoLogs logs = GoLogs.start(go, logger);
        try {
            go.logRecord(-4, "debug");
            go.logRecord(0, "info");
            go.logRecord(4, "warn");
            go.logRecord(8, "error");
        } finally {
            finish(logs);
        }
        assertEquals(List.of("warn", "error"), logger.records().stream().map(GoLogRecord::message).toList());
        assertEquals(List.of(Level.WARNING, Level.ERROR), logger.levels());
        assertEquals(accepted + 2, go.logStats().accepted()); // the others never left Go's Enabled
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void javaUtilLoggingGetsEachRecordWithItsLevelAndTheRecordAsItsParameter(Operations go) {
        clear(go);
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("go.jul.test");
        List<LogRecord> seen = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jul.setUseParentHandlers(false);
        jul.setLevel(java.util.logging.Level.ALL);
        jul.addHandler(handler);
        GoLogs logs = GoLogs.start(go, System.getLogger("go.jul.test")); // the JDK's default: java.util.logging
        try {
            go.logRecord(4, "disk almost full");
            go.logRecord(-4, "cache miss");
        } finally {
            finish(logs);
            jul.removeHandler(handler);
        }
        assertEquals(List.of(java.util.logging.Level.WARNING, java.util.logging.Level.FINE),
                seen.stream().map(LogRecord::getLevel).toList());
        assertEquals(List.of("disk almost full bytes=16", "cache miss bytes=10"),
                seen.stream().map(r -> new SimpleFormatter().formatMessage(r)).toList());
        GoLogRecord first = (GoLogRecord) seen.getFirst().getParameters()[0];
        assertTrue(!first.time().isAfter(seen.getFirst().getInstant()), "Go made it before JUL got it");
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void startingAndClosingLeavesNoThreadAndNoGoMemory(Operations go) {
        GoLibrary lib = GoLibrary.load("operations");
        long blocks = lib.liveAllocations(), handles = lib.liveHandles();
        for (int i = 0; i < 20; i++) {
            GoLogs logs = GoLogs.start(go, new CapturingLogger());
            try {
                go.logRecord(0, "round " + i);
                assertThrows(IllegalStateException.class, () -> GoLogs.start(go, new CapturingLogger()));
            } finally {
                finish(logs);
            }
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("go-log-drain")));
        assertEquals(blocks, lib.liveAllocations());
        assertEquals(handles, lib.liveHandles());
    }
}
