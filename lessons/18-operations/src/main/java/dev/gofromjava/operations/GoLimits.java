package dev.gofromjava.operations;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * Go's limits from the service's side: the memory this process may use, as the JVM reads it (a
 * container's cgroup limit, else the machine's memory), and Go's share of it.
 */
public final class GoLimits {
    private GoLimits() {}

    /**
     * The memory this process may use, as the JVM reads it: the container's memory limit when
     * there is one (cgroup v1 or v2), else the machine's memory. Go reads no memory limit itself.
     */
    public static long processMemory() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }

    // docs:begin share
    /**
     * Go's share of one memory limit: what is left of {@code processMemory} after the JVM's
     * largest heap and {@code reserve}, which stands for everything neither limit counts (the
     * JVM's metaspace, code cache, thread stacks and GC structures, C memory). At least 0.
     */
    public static long goShare(long processMemory, long javaMaxHeap, long reserve) {
        return Math.max(0, processMemory - javaMaxHeap - reserve);
    }

    /** Sets Go's memory limit to its share beside this JVM's heap, and returns it. */
    public static long shareMemory(Operations go, long reserve) {
        long share = goShare(processMemory(), Runtime.getRuntime().maxMemory(), reserve);
        go.setMemoryLimit(share);
        return share;
    }
    // docs:end share
}
