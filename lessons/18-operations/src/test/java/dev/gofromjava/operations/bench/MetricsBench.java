package dev.gofromjava.operations.bench;

import dev.gofromjava.operations.GoMetrics;
import dev.gofromjava.operations.Operations;
import dev.gofromjava.operations.OperationsFfm;
import dev.gofromjava.operations.OperationsJna;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one read of Go's runtime/metrics costs from Java: what a JFR period or a JMX read pays.
 * Run by {@code scripts/bench 18-operations}, never by the tests.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class MetricsBench {
    private Operations ffm;
    private Operations jna;

    @Setup(Level.Trial)
    public void load() {
        ffm = new OperationsFfm();
        jna = new OperationsJna();
        GoMetrics m = ffm.readMetrics();
        if (m.gomaxprocs() < 1 || m.goroutines() < 1 || !m.equals(new GoMetrics(m.heapObjectBytes(), m.heapGoalBytes(),
                m.memoryBytes(), m.goroutines(), m.threads(), m.gcCycles(), m.gcPauses(), m.gcPauseLongestNanos(),
                m.cgoCalls(), m.gomaxprocs(), m.memoryLimit(), m.gcPercent()))) {
            throw new IllegalStateException("readMetrics does not read: " + m);
        }
    }

    @Benchmark
    public GoMetrics readMetricsFfm() {
        return ffm.readMetrics();
    }

    @Benchmark
    public GoMetrics readMetricsJna() {
        return jna.readMetrics();
    }
}
