package dev.gofromjava.operations;

import dev.gofromjava.bridge.LoadChecks;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javax.management.ObjectName;

/** Lesson 18's demo: a Go library's logs, metrics and limits, seen from the JVM. */
public final class OperationsDemo {
    private OperationsDemo() {}

    // docs:begin demo
    public static void main(String[] args) throws Exception {
        Operations go = switch (String.join(" ", args)) {
            case "ffm" -> new OperationsFfm();
            case "jna" -> new OperationsJna();
            default -> throw new IllegalArgumentException("usage: OperationsDemo ffm|jna");
        };

        try (GoLogs logs = GoLogs.start(go, new PrintingLogger("go", System.out))) {
            go.logBurst(1, 2); // one goroutine, two records
            go.logRecord(4, "disk almost full");
        } // close: the records Go buffered reach the logger first

        GoMetrics idle = go.readMetrics();
        go.holdHeap(64 << 20);
        go.parkGoroutines(100);
        GoMetrics busy = go.readMetrics();
        System.out.println("heap grew by 64 MiB: " + (busy.heapObjectBytes() - idle.heapObjectBytes() >= 64 << 20));
        System.out.println("100 parked goroutines counted: " + (busy.goroutines() - idle.goroutines() >= 100));
        go.holdHeap(0);
        go.releaseGoroutines();

        ObjectName name = GoRuntimeMBean.register(go);
        Object procs = ManagementFactory.getPlatformMBeanServer().getAttribute(name, "MaxProcs");
        System.out.println("JMX MaxProcs = GOMAXPROCS: " + procs.equals(go.readMetrics().gomaxprocs()));

        long previous = go.setMemoryLimit(256L << 20);
        System.out.println("memory limit: " + (previous == Long.MAX_VALUE ? "none" : previous) + " -> "
                + go.readMetrics().memoryLimit());
        System.out.println("Go runtimes in this JVM: "
                + LoadChecks.goRuntimes().stream().map(Path::getFileName).toList());
        for (String limit : new String[] {"512MB", "512MiB"}) {
            System.out.println("GOMEMLIMIT=" + limit + ": " + LoadChecks.memoryLimitProblem(limit).map(p -> "refused").orElse("accepted"));
        }
    }
    // docs:end demo
}
