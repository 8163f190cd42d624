package dev.gofromjava.regexp.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * 10,000 short lines, each asked "has it an e-mail address?": Go one call per line, Go one call for
 * all (findEach), and the Java engines line by line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ManyTextsBench {
    @Param({"GO_FFM", "GO_JNA", "RE2J", "JAVA_UTIL_REGEX"})
    Engine engine;

    List<String> lines;
    Engine.Counter counter;

    @Setup
    public void setUp() {
        lines = LogScanBench.logLines(10 << 20).subList(0, 10_000);
        counter = engine.counter(LogScanBench.EMAIL);
        boolean[] expected = Engine.JAVA_UTIL_REGEX.counter(LogScanBench.EMAIL).findEach(lines);
        if (!java.util.Arrays.equals(expected, counter.findEach(lines))) { // the self-check
            throw new IllegalStateException(engine + " disagrees with java.util.regex");
        }
    }

    @TearDown
    public void tearDown() {
        counter.close();
    }

    /** One call per line (for Go: 10,000 crossings). */
    @Benchmark
    public int eachLine() {
        int n = 0;
        for (String line : lines) {
            if (counter.find(line)) {
                n++;
            }
        }
        return n;
    }

    /** All lines at once: one crossing for Go; the same loop as eachLine for the Java engines. */
    @Benchmark
    public boolean[] allLines() {
        return counter.findEach(lines);
    }
}
