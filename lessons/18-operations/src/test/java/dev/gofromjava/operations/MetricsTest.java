package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import javax.management.Attribute;
import javax.management.JMX;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** runtime/metrics read from Java, and the MXBean over them; both bindings. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MetricsTest {
    static final List<Operations> BINDINGS = LogsTest.BINDINGS;

    // docs:begin move
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theNumbersMoveWhenGoWorks(Operations go) {
        go.collectGarbage();
        GoMetrics before = go.readMetrics();
        try {
            go.holdHeap(64 << 20);
            go.parkGoroutines(100);
            go.callC(1_000);
            go.collectGarbage();
            GoMetrics after = go.readMetrics();
            assertTrue(after.heapObjectBytes() - before.heapObjectBytes() >= 64 << 20, before + "\n" + after);
            assertTrue(after.memoryBytes() >= after.heapObjectBytes(), after.toString());
            assertTrue(after.goroutines() - before.goroutines() >= 100, before + "\n" + after);
            assertTrue(after.gcCycles() > before.gcCycles(), before + "\n" + after);
            assertTrue(after.gcPauses() >= before.gcPauses() + 2, "a cycle stops the world twice: " + after);
            assertTrue(after.gcPauseLongestNanos() > 0, after.toString());
            assertTrue(after.cgoCalls() - before.cgoCalls() >= 1_000, before + "\n" + after);
            assertTrue(after.threads() >= 1 && after.gomaxprocs() >= 1, after.toString());
        } finally {
            go.holdHeap(0);
            assertEquals(100, go.releaseGoroutines());
        }
    }
    // docs:end move

    // docs:begin mbean
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theMXBeanAnswersThroughThePlatformMBeanServer(Operations go) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = GoRuntimeMBean.register(go);
        long limit = go.readMetrics().memoryLimit();
        try {
            assertTrue(server.isRegistered(new ObjectName(GoRuntimeMBean.NAME)));
            long goroutines = (Long) server.getAttribute(name, "Goroutines");
            go.parkGoroutines(50);
            assertTrue((Long) server.getAttribute(name, "Goroutines") >= goroutines + 50);
            server.setAttribute(name, new Attribute("MemoryLimit", 300L << 20));
            assertEquals(300L << 20, go.readMetrics().memoryLimit());
            GoRuntimeMXBean proxy = JMX.newMXBeanProxy(server, name, GoRuntimeMXBean.class);
            assertEquals(go.readMetrics().gomaxprocs(), proxy.getMaxProcs());
            List<String> writable = Arrays.stream(server.getMBeanInfo(name).getAttributes())
                    .filter(MBeanAttributeInfo::isWritable).map(MBeanAttributeInfo::getName).sorted().toList();
            assertEquals(List.of("GcPercent", "MaxProcs", "MemoryLimit"), writable);
        } finally {
            GoRuntimeMBean.unregister();
            go.setMemoryLimit(limit);
            go.releaseGoroutines();
        }
    }
    // docs:end mbean
}
