package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every property runs against both bindings; the testkit module checks after each try that Go's
 * C blocks and handles are back where they were.
 */
class OperationsProperties {
    private static final List<Operations> BINDINGS = LogsTest.BINDINGS;
    /** The most bytes of a message Go keeps: go/18-operations/logs.go, maxMessage. */
    private static final int MAX_MESSAGE = 4096;

    @BeforeContainer
    static void everyLevel() {
        BINDINGS.getFirst().setLogLevel(Integer.MIN_VALUE); // Go builds every record; no GoLogs runs here
    }

    @AfterContainer
    static void backToInfo() {
        BINDINGS.getFirst().setLogLevel(0);
    }

    /** Messages of any characters, lone surrogates and NUL included, up to about 9,000 bytes of UTF-8. */
    @Provide
    Arbitrary<String> messages() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(1300).ofMaxLength(3000),
                Arbitraries.strings().withChars('a', 'é', '日').ofMinLength(2040).ofMaxLength(2100));
    }

    // docs:begin message
    @Property
    void anyMessageArrivesWholeOrCutAtACharacterBoundary(@ForAll("messages") String message,
            @ForAll @IntRange(min = -12, max = 12) int level) {
        String sent = new String(message.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8); // lone surrogates: '?'
        int bytes = sent.getBytes(StandardCharsets.UTF_8).length;
        for (Operations go : BINDINGS) {
            LogsTest.clear(go);
            go.logRecord(level, message);
            List<GoLogRecord> got = GoLogRecord.decode(go.drainLogs(0));
            assertEquals(1, got.size(), go.toString());
            GoLogRecord r = got.getFirst();
            if (bytes <= MAX_MESSAGE) {
                assertEquals(sent, r.message());
            } else {
                assertTrue(r.message().endsWith("…") && r.message().getBytes(StandardCharsets.UTF_8).length <= MAX_MESSAGE,
                        "a message of " + bytes + " bytes came back as " + r.message().length() + " chars");
                String kept = r.message().substring(0, r.message().length() - 1);
                assertTrue(sent.startsWith(kept), "not a prefix cut at a character boundary");
                assertTrue(kept.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE - 7, "cut shorter than it had to be");
            }
            assertEquals(GoLogRecord.level(level), r.level());
            assertEquals((long) bytes, r.attributes().get("bytes"));
        }
    }
    // docs:end message

    @Property
    void decodingAnyCutOrCorruptedBatchGivesRecordsOrARefusalNeverAnotherException(
            @ForAll @IntRange(min = 0, max = 400) int cut, @ForAll @IntRange(min = 0, max = 400) int flip,
            @ForAll byte value) {
        Operations go = BINDINGS.getFirst();
        LogsTest.clear(go);
        go.logBurst(2, 2);
        byte[] batch = go.drainLogs(0);
        byte[] bytes = Arrays.copyOf(batch, Math.min(cut, batch.length));
        if (flip < bytes.length) {
            bytes[flip] = value;
        }
        try {
            List<GoLogRecord> records = GoLogRecord.decode(bytes);
            assertTrue(records.size() <= 4);
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage() != null);
        }
    }

    @Property
    void recordsFromAnyNumberOfGoroutinesAllArriveInOrder(@ForAll @IntRange(min = 1, max = 32) int goroutines,
            @ForAll @IntRange(min = 0, max = 50) int records) {
        for (Operations go : BINDINGS) {
            LogsTest.clear(go);
            assertEquals((long) goroutines * records, go.logBurst(goroutines, records));
            List<GoLogRecord> got = new java.util.ArrayList<>();
            byte[] batch;
            while ((batch = go.drainLogs(0)).length > 0) {
                got.addAll(GoLogRecord.decode(batch));
            }
            for (List<Long> seq : LogsTest.sequences(got, goroutines)) {
                assertEquals(records, seq.size(), go.toString());
            }
        }
    }

    @Property
    void workOutOfRangeIsRefusedInJavaAndGoIsNotCalled(@ForAll @IntRange(min = -5, max = 300) int goroutines,
            @ForAll int records) {
        boolean ok = goroutines >= 1 && goroutines <= Operations.MAX_GOROUTINES && records >= 0 && records <= Operations.MAX_RECORDS;
        if (ok) {
            return; // in range: the other properties run those
        }
        for (Operations go : BINDINGS) {
            long accepted = go.logStats().accepted();
            assertThrows(IllegalArgumentException.class, () -> go.logBurst(goroutines, records));
            assertThrows(IllegalArgumentException.class, () -> go.logFromLockedThreads(goroutines, records));
            assertEquals(accepted, go.logStats().accepted());
        }
    }

    @Example
    void argumentsOutOfRangeAreIllegalArgumentExceptions() {
        for (Operations go : BINDINGS) {
            assertThrows(IllegalArgumentException.class, () -> go.drainLogs(-1));
            assertThrows(IllegalArgumentException.class, () -> go.drainLogs(Operations.MAX_WAIT_MILLIS + 1));
            assertThrows(IllegalArgumentException.class, () -> go.setLogCapacity(go.logRecordLimit() - 1));
            assertThrows(IllegalArgumentException.class, () -> go.setLogCapacity((64 << 20) + 1));
            assertThrows(IllegalArgumentException.class, () -> go.holdHeap(-1));
            assertThrows(IllegalArgumentException.class, () -> go.holdHeap((1L << 30) + 1));
            assertThrows(IllegalArgumentException.class, () -> go.setMaxProcs(-1));
            assertThrows(IllegalArgumentException.class, () -> go.setMaxProcs(1025));
            assertThrows(IllegalArgumentException.class, () -> go.setMemoryLimit(-1));
            assertThrows(IllegalArgumentException.class, () -> go.parkGoroutines(0));
            assertThrows(IllegalArgumentException.class, () -> go.callC(-1));
            assertThrows(IllegalArgumentException.class, () -> go.logInBackground(0));
            assertThrows(IllegalStateException.class, go::stopLoggingInBackground);
            assertThrows(IllegalArgumentException.class,
                    () -> go.logRecord(0, "x".repeat(Operations.MAX_RECORDS + 1)));
        }
    }
}
