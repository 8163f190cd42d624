package dev.gofromjava.performance.bench;

import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.strings.Strings;
import dev.gofromjava.strings.StringsFfm;
import dev.gofromjava.strings.StringsJna;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
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
 * Lesson 04's repeat, through lesson 04's own bindings: a buffer sized and allocated for each call
 * ({@code repeat(s, n)}: Go's repeatSize, an arena, repeat, free) against one buffer the caller
 * keeps and reuses ({@code repeat(s, n, out)}, the article's closure).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BufferBench {
    static final String S = "gopher";
    static final int N = 16;

    @Param({"ffm", "jna"})
    String binding;

    Strings go;
    Arena arena;
    MemorySegment out;

    @Setup
    public void setUp() {
        // This JVM loads lesson 04's library, which lives in lesson 04's build, and no other.
        System.setProperty(NativePaths.PROPERTY, Native.property("bench.strings.dir"));
        go = binding.equals("ffm") ? new StringsFfm() : new StringsJna();
        arena = Arena.ofConfined();
        out = arena.allocate(Strings.bytesNeeded(S, N));
        Check.equal(go + " repeat, fresh buffer", S.repeat(N), go.repeat(S, N));
        Check.equal(go + " repeat, reused buffer", S.repeat(N), go.repeat(S, N, out));
    }

    @TearDown
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public String freshBuffer() {
        return go.repeat(S, N);
    }

    @Benchmark
    public String reusedBuffer() {
        return go.repeat(S, N, out);
    }
}
