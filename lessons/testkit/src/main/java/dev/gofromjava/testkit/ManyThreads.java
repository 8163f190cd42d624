package dev.gofromjava.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the same rounds on many platform threads and as many virtual threads at once, for tests of
 * what must hold per thread (a Go panic surfaces on the thread whose call panicked, and on no
 * other). Fails with the first failure of any thread, naming the thread and the round.
 */
public final class ManyThreads {
    /** One round on one thread: {@code thread} numbers the threads from 0, {@code round} the rounds. */
    @FunctionalInterface
    public interface Round {
        void run(int thread, int round) throws Exception;
    }

    private ManyThreads() {}

    /** {@code threads} platform and {@code threads} virtual threads, each running {@code rounds} rounds, all started together. */
    public static void run(int threads, int rounds, Round body) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < 2 * threads; t++) {
            int thread = t;
            Runnable task = () -> {
                try {
                    start.await();
                    for (int r = 0; r < rounds && failure.get() == null; r++) {
                        try {
                            body.run(thread, r);
                        } catch (Throwable e) {
                            failure.compareAndSet(null, new AssertionError((thread < threads ? "platform" : "virtual")
                                    + " thread " + thread + ", round " + r + ": " + e, e));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            all.add(t < threads ? Thread.ofPlatform().start(task) : Thread.ofVirtual().start(task));
        }
        start.countDown();
        for (Thread t : all) {
            t.join();
        }
        if (failure.get() != null) {
            throw (AssertionError) failure.get();
        }
    }
}
