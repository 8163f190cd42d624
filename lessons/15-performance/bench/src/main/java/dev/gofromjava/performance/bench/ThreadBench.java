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

    private void java() {
        calls.incrementAndGet();
    }

    private void goNoop() {
        go.noop();
        calls.incrementAndGet();
    }

    /** Starts the thread and joins it; a call that threw in it fails the benchmark here. */
    private void run(Thread.Builder builder, Runnable call) throws InterruptedException {
        Throwable[] failure = new Throwable[1];
        long before = calls.get();
        builder.start(() -> {
            try {
                call.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }).join(); // join: the thread's write to failure happens-before this read
        if (failure[0] != null) {
            throw new IllegalStateException("the thread's call failed", failure[0]);
        }
        if (calls.get() != before + 1) {
            throw new IllegalStateException("the thread made no call");
        }
    }

    @Benchmark
    public void platformThreadJava() throws InterruptedException {
        run(Thread.ofPlatform(), this::java);
    }

    @Benchmark
    public void platformThreadGo() throws InterruptedException {
        run(Thread.ofPlatform(), this::goNoop);
    }

    @Benchmark
    public void virtualThreadJava() throws InterruptedException {
        run(Thread.ofVirtual(), this::java);
    }

    @Benchmark
    public void virtualThreadGo() throws InterruptedException {
        run(Thread.ofVirtual(), this::goNoop);
    }
}
