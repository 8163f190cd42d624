package dev.gofromjava.operations;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The Go runtime's numbers, as {@code readMetrics} reads them from runtime/metrics (the C struct
 * {@code go_metrics}).
 *
 * @param heapObjectBytes bytes of heap objects, live or not yet swept: Go's heap in use
 * @param heapGoalBytes the heap size the next collection aims to end at
 * @param memoryBytes all memory Go has mapped and not released: what its memory limit counts
 * @param goroutines live goroutines
 * @param threads OS threads the Go runtime owns
 * @param gcCycles collections finished since the library loaded
 * @param gcPauses stop-the-world pauses for collections
 * @param gcPauseLongestNanos the longest of them, rounded up to its histogram bucket
 * @param cgoCalls calls from Go into C
 * @param gomaxprocs GOMAXPROCS
 * @param memoryLimit Go's soft memory limit, {@link Long#MAX_VALUE} when none is set
 * @param gcPercent GOGC, -1 when off
 */
public record GoMetrics(long heapObjectBytes, long heapGoalBytes, long memoryBytes, long goroutines, long threads,
        long gcCycles, long gcPauses, long gcPauseLongestNanos, long cgoCalls, long gomaxprocs, long memoryLimit,
        long gcPercent) {

    /** go_metrics: twelve int64_t, in the order of the record's components. */
    static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_LONG.withName("heapObjectBytes"), JAVA_LONG.withName("heapGoalBytes"), JAVA_LONG.withName("memoryBytes"),
            JAVA_LONG.withName("goroutines"), JAVA_LONG.withName("threads"), JAVA_LONG.withName("gcCycles"),
            JAVA_LONG.withName("gcPauses"), JAVA_LONG.withName("gcPauseLongestNanos"), JAVA_LONG.withName("cgoCalls"),
            JAVA_LONG.withName("gomaxprocs"), JAVA_LONG.withName("memoryLimit"), JAVA_LONG.withName("gcPercent"))
            .withName("go_metrics");

    /** The metrics from the twelve values of a go_metrics, in order. */
    static GoMetrics of(long[] v) {
        if (v.length != 12) {
            throw new IllegalArgumentException("go_metrics has 12 members, got " + v.length);
        }
        return new GoMetrics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }
}
