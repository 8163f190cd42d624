package dev.gofromjava.concurrency;

import static dev.gofromjava.concurrency.ConcurrencyTest.awaitReleased;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.ManyThreads;
import dev.gofromjava.testkit.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Many threads in Go at once, every result checked. Each test has a deadline, so a deadlock fails
 * it instead of hanging the build. Rounds scale with {@link Stress} (memcheck runs a tenth under
 * valgrind, which runs one thread at a time); a normal run does them all.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyStressTest {
    static final List<Concurrency> BINDINGS = ConcurrencyTest.BINDINGS;

    // docs:begin stress
    /** 64 platform threads (and 64 virtual ones beside them), 100,000 calls each: every result is Java's own. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void sixtyFourPlatformThreadsMakeAHundredThousandCallsEach(Concurrency go) throws Exception {
        ManyThreads.run(64, Stress.rounds(100_000), (thread, round) -> {
            long x = ((long) thread << 32) | round;
            long got = go.mix(x);
            if (got != Concurrency.mixInJava(x)) {
                throw new AssertionError("mix(" + x + ") = " + got + ", want " + Concurrency.mixInJava(x));
            }
        });
    }

    /** 10,000 virtual threads at once, each making 100 calls and checking them. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void tenThousandVirtualThreads(Concurrency go) throws Exception {
        int threads = Stress.rounds(10_000);
        List<Future<Long>> results = new ArrayList<>();
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                long seed = (long) t * 1_000;
                results.add(virtual.submit(() -> {
                    for (long x = seed; x < seed + 100; x++) {
                        assertEquals(Concurrency.mixInJava(x), go.mix(x), "mix(" + x + ")");
                    }
                    return seed;
                }));
            }
            for (int t = 0; t < threads; t++) {
                assertEquals((long) t * 1_000, results.get(t).get()); // rethrows a thread's failure
            }
        }
    }

    /** Go's shared counter, added to from 64 platform and 64 virtual threads at once, loses no addition. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theLockedCounterLosesNoAddition(Concurrency go) throws Exception {
        int threads = 64;
        int rounds = Stress.rounds(10_000);
        long before = go.counterAdd(0);
        ManyThreads.run(threads, rounds, (thread, round) -> go.counterAdd(thread + 1));
        long perRound = (long) (2 * threads) * (2 * threads + 1) / 2; // threads number 0 .. 2*threads-1
        assertEquals(before + perRound * rounds, go.counterAdd(0));
    }
    // docs:end stress

    /** Tasks started and cancelled from virtual threads at once: each ends once, and all are released. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void manyTasksAtOnce(Concurrency go) throws Exception {
        int tasks = Stress.rounds(2_000);
        AtomicLong counted = new AtomicLong();
        List<GoTask> all = new ArrayList<>();
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<GoTask>> started = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                boolean endless = i % 2 == 1;
                started.add(virtual.submit(() -> {
                    GoTask task = go.countPrimes(endless ? Concurrency.MAX_BELOW : 2_000);
                    if (endless) {
                        task.cancel(true);
                    } else {
                        counted.addAndGet(task.join());
                    }
                    return task;
                }));
            }
            for (Future<GoTask> f : started) {
                all.add(f.get());
            }
        }
        for (GoTask task : all) {
            awaitReleased(task);
        }
        assertEquals(303L * ((tasks + 1) / 2), counted.get());
        assertEquals(0, GoTask.running());
    }
}
