package dev.gofromjava.performance.bench;

import dev.gofromjava.performance.KernelsFfm;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A thread per call. Go binds state of its own to each foreign thread on its first call into Go
 * (and frees it when the thread exits), so a new platform thread pays that on top of the thread;
 * virtual threads run on a few carrier threads that Go has already seen.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ThreadBench {
    KernelsFfm go;
    final AtomicLong calls = new AtomicLong();

    @Setup
    public void load() {
        go = new KernelsFfm();
        go.noop();
    }

    /** Every thread started made its call: none failed unseen. */
    @TearDown
    public void check() {
        if (calls.get() == 0) {
            throw new IllegalStateException("no thread made its call");
        }
    }

    private void java() {
        calls.incrementAndGet();
    }

    private void goNoop() {
        go.noop();
        calls.incrementAndGet();
    }

    private static void join(Thread t) throws InterruptedException {
        t.join();
    }

    @Benchmark
    public void platformThreadJava() throws InterruptedException {
        join(Thread.ofPlatform().start(this::java));
    }

    @Benchmark
    public void platformThreadGo() throws InterruptedException {
        join(Thread.ofPlatform().start(this::goNoop));
    }

    @Benchmark
    public void virtualThreadJava() throws InterruptedException {
        join(Thread.ofVirtual().start(this::java));
    }

    @Benchmark
    public void virtualThreadGo() throws InterruptedException {
        join(Thread.ofVirtual().start(this::goNoop));
    }
}
