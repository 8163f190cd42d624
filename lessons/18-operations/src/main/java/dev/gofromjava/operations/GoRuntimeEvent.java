package dev.gofromjava.operations;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * The Go runtime's numbers as a periodic JFR event: any recording that has it enabled (a
 * {@code jcmd PID JFR.start}, {@code -XX:StartFlightRecording}, a {@link jdk.jfr.Recording}) holds
 * one every period, beside the JVM's own {@code jdk.GCHeapSummary} and {@code jdk.CPULoad}.
 * Enabled by default, every second; {@code jdk.jfr} settings may change either.
 */
// docs:begin event
@Name(GoRuntimeEvent.NAME)
@Label("Go Runtime")
@Category({"Go", "Runtime"})
@Description("The Go runtime inside this JVM, from runtime/metrics")
@Period("1 s")
@StackTrace(false)
public final class GoRuntimeEvent extends Event {
    public static final String NAME = "dev.gofromjava.GoRuntime";

    @Label("Heap Objects") @Description("Live heap objects and dead ones not yet swept") @DataAmount
    long heapObjectBytes;
    @Label("Heap Goal") @DataAmount
    long heapGoalBytes;
    // docs:end event
    @Label("Go Memory") @Description("All memory Go mapped and not released: what its memory limit counts") @DataAmount
    long memoryBytes;
    @Label("Goroutines")
    long goroutines;
    @Label("Threads")
    long threads;
    @Label("GC Cycles")
    long gcCycles;
    @Label("GC Pauses")
    long gcPauses;
    @Label("Longest GC Pause") @Timespan(Timespan.NANOSECONDS)
    long gcPauseLongest;
    @Label("Go to C Calls")
    long cgoCalls;
    @Label("GOMAXPROCS")
    long gomaxprocs;
    @Label("Memory Limit") @DataAmount
    long memoryLimit;
    @Label("GOGC")
    long gcPercent;

    /**
     * Has JFR read Go's metrics through {@code go} every period of every recording that enables
     * the event, and only then: with no such recording, the hook never runs. Returns the hook,
     * for {@link FlightRecorder#removePeriodicEvent}.
     */
    public static Runnable register(Operations go) {
        Runnable hook = () -> {
            GoRuntimeEvent event = new GoRuntimeEvent();
            if (!event.isEnabled()) {
                return;
            }
            GoMetrics m = go.readMetrics();
            event.heapObjectBytes = m.heapObjectBytes();
            event.heapGoalBytes = m.heapGoalBytes();
            event.memoryBytes = m.memoryBytes();
            event.goroutines = m.goroutines();
            event.threads = m.threads();
            event.gcCycles = m.gcCycles();
            event.gcPauses = m.gcPauses();
            event.gcPauseLongest = m.gcPauseLongestNanos();
            event.cgoCalls = m.cgoCalls();
            event.gomaxprocs = m.gomaxprocs();
            event.memoryLimit = m.memoryLimit();
            event.gcPercent = m.gcPercent();
            event.commit();
        };
        FlightRecorder.addPeriodicEvent(GoRuntimeEvent.class, hook);
        return hook;
    }
}
