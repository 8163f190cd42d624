package dev.gofromjava.concurrency;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run by {@link VirtualThreadPinningTest} in a JVM with one carrier thread. A virtual thread starts
 * another, then blocks: in a Go call ({@code ffm}, {@code jna}) or in a Java wait ({@code java}).
 * Prints whether the other virtual thread got the carrier while the first one was blocked.
 */
public final class PinningProbe {
    private PinningProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Concurrency go = mode.equals("jna") ? new ConcurrencyJna() : new ConcurrencyFfm();
        go.mix(0); // loads and binds the library on this platform thread, before the probe
        CountDownLatch otherRan = new CountDownLatch(1);
        AtomicReference<String> when = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // docs:begin probe
        Thread blocked = Thread.ofVirtual().start(() -> {
            Thread.ofVirtual().start(otherRan::countDown); // queued for the only carrier, which this thread holds
            try {
                if (mode.equals("java")) {
                    when.set(otherRan.await(30, TimeUnit.SECONDS) ? "during" : "only after");
                } else {
                    go.sleepMillis(500); // 500 ms inside Go
                    when.set(otherRan.getCount() == 0 ? "during" : "only after");
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        // docs:end probe
        blocked.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        String what = mode.equals("java") ? "a Java wait" : "a Go call (" + mode + ")";
        System.out.println(what + ": the other virtual thread ran " + when.get() + " it");
    }
}
