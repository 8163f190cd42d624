package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go's numbers as a periodic JFR event: in a Recording in this JVM, and in a recording an operator
 * starts with jcmd. JFR adds nothing on Go's side that the metrics tests do not cover, so memcheck
 * leaves these out (heavy: JFR under valgrind takes minutes).
 */
@Tag("heavy")
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class JfrTest {
    static final List<Operations> BINDINGS = LogsTest.BINDINGS;

    // docs:begin recording
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aRecordingHoldsGoEventsWhoseHeapGrowsWhenGoAllocates(Operations go, @TempDir Path dir) throws Exception {
        Runnable hook = GoRuntimeEvent.register(go);
        try (Recording recording = new Recording()) {
            go.holdHeap(0);
            go.collectGarbage(); // what an earlier test held is garbage, and counted until collected
            recording.enable(GoRuntimeEvent.NAME).withPeriod(Duration.ofMillis(100));
            recording.start();
            long first = awaitEvent(recording, dir, heap -> true).getLong("heapObjectBytes");
            go.holdHeap(96 << 20);
            RecordedEvent grown = awaitEvent(recording, dir, heap -> heap >= first + (96 << 20));
            assertTrue(grown.getLong("goroutines") >= 1 && grown.getLong("gomaxprocs") >= 1, grown.toString());
            assertEquals("Go Runtime", grown.getEventType().getLabel());
        } finally {
            FlightRecorder.removePeriodicEvent(hook);
            go.holdHeap(0);
        }
    }
    // docs:end recording

    /** Dumps the recording so far until it holds a Go event whose heap passes {@code test}; fails after 60 s. */
    static RecordedEvent awaitEvent(Recording recording, Path dir, LongPredicate test) throws Exception {
        Path dump = dir.resolve("dump.jfr");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            recording.dump(dump);
            for (RecordedEvent e : RecordingFile.readAllEvents(dump)) {
                if (e.getEventType().getName().equals(GoRuntimeEvent.NAME) && test.test(e.getLong("heapObjectBytes"))) {
                    return e;
                }
            }
            Thread.sleep(50); // the next period: nothing to poll for sooner
        }
        throw new AssertionError("no such Go event within 60 s");
    }

    // docs:begin jcmd
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void aJcmdRecordingHoldsGoBesideTheJvm(String binding, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("go.jfr");
        Child child = Child.run("jcmd-jfr", binding, file.toString());
        assertEquals(0, child.exit(), child.output());
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        Set<String> types = events.stream().map(e -> e.getEventType().getName()).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(GoRuntimeEvent.NAME, "jdk.CPULoad", "jdk.ResidentSetSize")), types.toString());
        List<Long> heaps = events.stream().filter(e -> e.getEventType().getName().equals(GoRuntimeEvent.NAME))
                .map(e -> e.getLong("heapObjectBytes")).toList();
        assertTrue(heaps.stream().mapToLong(Long::longValue).max().orElseThrow()
                - heaps.stream().mapToLong(Long::longValue).min().orElseThrow() >= 96L << 20, heaps.toString());
    }
    // docs:end jcmd
}
