package dev.gofromjava.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/** Go called from platform and virtual threads at once; Go work finished through a CompletableFuture, or cancelled. */
public final class ConcurrencyDemo {
    private ConcurrencyDemo() {}

    // docs:begin demo
    public static void main(String[] args) throws InterruptedException {
        Concurrency go = switch (String.join(" ", args)) {
            case "ffm" -> new ConcurrencyFfm();
            case "jna" -> new ConcurrencyJna();
            default -> throw new IllegalArgumentException("usage: ConcurrencyDemo ffm|jna");
        };
        System.out.println("mix(42) = " + go.mix(42) + ", in Java " + Concurrency.mixInJava(42));

        Runnable thousandAdds = () -> {
            for (int i = 0; i < 1000; i++) {
                go.counterAdd(1);
            }
        };
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofPlatform().start(thousandAdds));
            threads.add(Thread.ofVirtual().start(thousandAdds));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("counterAdd(1) 1000 times on each of 8 threads: total " + go.counterAdd(0));

        GoTask primes = go.countPrimes(1_000_000);
        System.out.println("primes below 1000000: " + primes.join());

        GoTask endless = go.countPrimes(Concurrency.MAX_BELOW); // hours of work
        endless.cancel(true);
        endless.released().join(); // Go saw the cancel and let go of the task
        System.out.println("cancelled: " + endless.isCancelled() + "; Go tasks still running: " + GoTask.running());

        try {
            go.panicAfter("the task gave up", 10).join();
        } catch (CompletionException e) {
            System.out.println("failed: " + e.getCause().getMessage());
        }
    }
    // docs:end demo
}
