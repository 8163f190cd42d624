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
 * 10,000 texts, each asked "has it an e-mail address?": Go one call per text, Go one call for all
 * (findEach), and the Java engines text by text. The texts are log lines (about 125 chars) or the
 * words of those lines (about 8 chars), where the crossing weighs more against the match.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ManyTextsBench {
    @Param({"GO_FFM", "GO_JNA", "RE2J", "JAVA_UTIL_REGEX"})
    Engine engine;

    @Param({"LINES", "WORDS"})
    String texts;

    List<String> lines;
    Engine.Counter counter;

    @Setup
    public void setUp() {
        List<String> log = LogScanBench.logLines(2 << 20);
        lines = texts.equals("LINES") ? log.subList(0, 10_000)
                : log.stream().flatMap(line -> java.util.Arrays.stream(line.split(" "))).limit(10_000).toList();
        if (lines.size() != 10_000) {
            throw new IllegalStateException("only " + lines.size() + " texts");
        }
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
