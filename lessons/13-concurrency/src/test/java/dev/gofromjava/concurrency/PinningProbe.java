package dev.gofromjava.concurrency;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run by {@link VirtualThreadPinningTest} in a JVM with one carrier thread, or two for the control.
 * A virtual thread starts another, then blocks: in Go calls ({@code ffm}, {@code jna}) or in a Java
 * wait ({@code java}), until the other has run or {@code args[1]} milliseconds have passed.
 * Prints whether the other virtual thread got a carrier while the first one was blocked.
 */
public final class PinningProbe {
    private PinningProbe() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long millis = Long.parseLong(args[1]);
        Concurrency go = mode.equals("jna") ? new ConcurrencyJna() : new ConcurrencyFfm();
        go.mix(0); // loads and binds the library on this platform thread, before the probe
        CountDownLatch otherRan = new CountDownLatch(1);
        AtomicReference<String> when = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // docs:begin probe
        Thread blocked = Thread.ofVirtual().start(() -> {
            Thread.ofVirtual().start(otherRan::countDown); // queued for a carrier; this thread holds one
            try {
                if (mode.equals("java")) {
                    when.set(otherRan.await(millis, TimeUnit.MILLISECONDS) ? "during" : "only after");
                } else {
                    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
                    do {
                        go.sleepMillis(10); // in Go; between calls nothing here lets the carrier go
                    } while (otherRan.getCount() != 0 && System.nanoTime() - deadline < 0);
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
        String what = mode.equals("java") ? "a Java wait: the other virtual thread ran %s it"
                : "Go calls (" + mode + "): the other virtual thread ran %s them";
        System.out.println(what.formatted(when.get()));
    }
}
