package dev.gofromjava.operations;

import java.lang.management.ManagementFactory;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** {@link GoRuntimeMXBean} over {@link Operations}: each read is one readMetrics call into Go. */
public final class GoRuntimeMBean implements GoRuntimeMXBean {
    public static final String NAME = "dev.gofromjava:type=GoRuntime";

    private final Operations go;

    private GoRuntimeMBean(Operations go) {
        this.go = go;
    }

    // docs:begin register
    /** Registers the Go runtime's MXBean with the platform MBean server, under {@value #NAME}. */
    public static ObjectName register(Operations go) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName(NAME);
            server.registerMBean(new GoRuntimeMBean(go), name);
            return name;
        } catch (InstanceAlreadyExistsException e) {
            throw new IllegalStateException(NAME + " is registered already", e);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register " + NAME + ": " + e, e);
        }
    }
    // docs:end register

    /** Unregisters it; nothing when it is not registered. */
    public static void unregister() {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
        } catch (InstanceNotFoundException e) {
            // not registered
        } catch (JMException e) {
            throw new IllegalStateException("cannot unregister " + NAME + ": " + e, e);
        }
    }

    @Override
    public long getHeapObjectBytes() {
        return go.readMetrics().heapObjectBytes();
    }

    @Override
    public long getHeapGoalBytes() {
        return go.readMetrics().heapGoalBytes();
    }

    @Override
    public long getMemoryBytes() {
        return go.readMetrics().memoryBytes();
    }

    @Override
    public long getGoroutines() {
        return go.readMetrics().goroutines();
    }

    @Override
    public long getThreads() {
        return go.readMetrics().threads();
    }

    @Override
    public long getGcCycles() {
        return go.readMetrics().gcCycles();
    }

    @Override
    public long getGcPauses() {
        return go.readMetrics().gcPauses();
    }

    @Override
    public long getGcPauseLongestNanos() {
        return go.readMetrics().gcPauseLongestNanos();
    }

    @Override
    public long getCgoCalls() {
        return go.readMetrics().cgoCalls();
    }

    @Override
    public long getMaxProcs() {
        return go.readMetrics().gomaxprocs();
    }

    @Override
    public void setMaxProcs(long n) {
        Operations.checkRange("MaxProcs", n, 0, 1024);
        go.setMaxProcs((int) n);
    }

    @Override
    public long getMemoryLimit() {
        return go.readMetrics().memoryLimit();
    }

    @Override
    public void setMemoryLimit(long bytes) {
        go.setMemoryLimit(bytes);
    }

    @Override
    public long getGcPercent() {
        return go.readMetrics().gcPercent();
    }

    @Override
    public void setGcPercent(long percent) {
        go.setGcPercent((int) Math.max(-1, Math.min(percent, Integer.MAX_VALUE)));
    }
}
