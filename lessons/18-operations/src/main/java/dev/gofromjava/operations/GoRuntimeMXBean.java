package dev.gofromjava.operations;

/**
 * The Go runtime inside this JVM, as a platform MXBean ({@value GoRuntimeMBean#NAME}): its
 * numbers to read, its limits to read and set, from any JMX client (jconsole, a monitoring agent).
 */
public interface GoRuntimeMXBean {
    long getHeapObjectBytes();

    long getHeapGoalBytes();

    long getMemoryBytes();

    long getGoroutines();

    long getThreads();

    long getGcCycles();

    long getGcPauses();

    long getGcPauseLongestNanos();

    long getCgoCalls();

    /** GOMAXPROCS. */
    long getMaxProcs();

    /** Sets GOMAXPROCS (1 to 1024), or back to Go's default with 0. */
    void setMaxProcs(long n);

    /** Go's soft memory limit in bytes, {@link Long#MAX_VALUE} when none is set. */
    long getMemoryLimit();

    void setMemoryLimit(long bytes);

    /** GOGC, -1 when off. */
    long getGcPercent();

    /** Sets GOGC; a negative value turns the collector off until the memory limit is reached. */
    void setGcPercent(long percent);
}
