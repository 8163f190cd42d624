package dev.gofromjava.regexp.bench;

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
 * {@code ^(.*?,){11}P} over "1," repeated {@code n} times, which has no match: java.util.regex
 * backtracks through the ways of splitting the commas into 11 groups, polynomially many in n;
 * RE2's engines (Go's, re2j) scan once. The largest n keeps java.util.regex near a second an
 * operation on the development machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PathologicalBench {
    public static final String PATTERN = "^(.*?,){11}P";

    @Param({"12", "16", "20", "24", "28"})
    int n;

    @Param({"GO_FFM", "GO_JNA", "RE2J", "JAVA_UTIL_REGEX"})
    Engine engine;

    String text;
    Engine.Counter counter;

    @Setup
    public void setUp() {
        text = "1,".repeat(n);
        counter = engine.counter(PATTERN);
        if (counter.find(text)) { // the self-check: no engine may find a match
            throw new IllegalStateException(engine + " found a match of " + PATTERN + " in " + text);
        }
    }

    @TearDown
    public void tearDown() {
        counter.close();
    }

    @Benchmark
    public boolean find() {
        return counter.find(text);
    }
}
