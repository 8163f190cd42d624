package dev.gofromjava.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhResultsTest {
    /** As JMH 1.37 writes it (XSVResultFormat): quoted texts, CRLF, parameters sorted, blanks where a benchmark has none. */
    static final String CSV = """
            "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: binding","Param: n"\r
            "dev.gofromjava.performance.bench.CallBench.ffmNoop","avgt",1,10,67.812345,13.012345,"ns/op",,\r
            "dev.gofromjava.performance.bench.BufferBench.freshBuffer","avgt",1,10,585.5,93.5,"ns/op",ffm,\r
            "dev.gofromjava.performance.bench.ArrayBench.touch","avgt",1,1,15.8,NaN,"ms/op",,10000000\r
            "dev.gofromjava.performance.bench.ArrayBench.touch","avgt",1,1,0.272,NaN,"us/op",,1000\r
            "dev.gofromjava.regexp.bench.Odd.method","avgt",1,2,1.0,0.5,"s/op","a ""quoted"", spaced value",7\r
            """;

    @Test
    void eachRowIsAScoreUnderItsMethodAndParameters() {
        JmhResults results = JmhResults.parse(CSV, "jmh.csv");
        assertEquals(List.of("CallBench.ffmNoop", "BufferBench.freshBuffer binding=ffm", "ArrayBench.touch n=10000000",
                "ArrayBench.touch n=1000", "Odd.method binding=a \"quoted\", spaced value n=7"), List.copyOf(results.keys()));
        JmhResults.Score noop = results.score("CallBench.ffmNoop");
        assertEquals(67.812345, noop.value());
        assertEquals(13.012345, noop.error());
        assertEquals(67.812345, noop.nanos());
        assertEquals(15.8e6, results.score("ArrayBench.touch n=10000000").nanos());
        assertEquals(272, results.score("ArrayBench.touch n=1000").nanos(), 1e-9);
        assertTrue(Double.isNaN(results.score("ArrayBench.touch n=1000").error()));
        assertEquals(0.5e9, results.score("Odd.method binding=a \"quoted\", spaced value n=7").errorNanos());
        assertEquals(List.of("10000000", "1000"), results.paramValues("ArrayBench.touch", "n"));
    }

    @Test
    void aMissingResultIsNamed() {
        JmhResults results = JmhResults.parse(CSV, "jmh.csv");
        var e = assertThrows(IllegalStateException.class, () -> results.score("CallBench.jnaNoop"));
        assertEquals("no result for CallBench.jnaNoop in jmh.csv: did every benchmark run?", e.getMessage());
    }

    @Test
    void aThroughputIsNotATime() {
        JmhResults.Score ops = new JmhResults.Score(3, 1, "ops/us");
        var e = assertThrows(IllegalStateException.class, ops::nanos);
        assertEquals("unit ops/us is not a time per operation", e.getMessage());
    }

    @Test
    void aFileThatIsNotJmhsCsvIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> JmhResults.parse("[{\"benchmark\": \"x\"}]", "jmh.json"));
        assertEquals("jmh.json is not JMH's CSV: its first line names no Benchmark and Score Error (99.9%) columns", e.getMessage());
        var cut = assertThrows(IllegalArgumentException.class,
                () -> JmhResults.parse(CSV.lines().findFirst().orElseThrow() + "\n\"x.A.b\",\"avgt\",1\n", "cut.csv"));
        assertTrue(cut.getMessage().startsWith("cut.csv: a row of 3 cells under a header of 9: "), cut.getMessage());
    }
}
