package dev.gofromjava.tworuntimes;

import dev.gofromjava.bridge.GoErrorException;

/**
 * The Go runtime's view from inside the JVM, beside the JVM's own, as an application would log
 * it at start-up; then a goroutine's panic, recovered and handed back. Every line is a fact that
 * does not change from run to run on one machine: counts that vary are printed as comparisons.
 */
public final class TwoRuntimesDemo {
    private TwoRuntimesDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        TwoRuntimes go = switch (String.join(" ", args)) {
            case "ffm" -> new TwoRuntimesFfm();
            case "jna" -> new TwoRuntimesJna();
            default -> throw new IllegalArgumentException("usage: TwoRuntimesDemo ffm|jna");
        };
        RuntimeView view = go.runtimeView();
        System.out.println("Go memory limit set: " + (view.memoryLimit() != Long.MAX_VALUE));
        System.out.println("Go threads at least 1: " + (view.threads() >= 1));
        go.holdHeap(16L << 20);
        System.out.println("Go heap holds 16 MiB: " + (go.runtimeView().heapObjectBytes() >= 16L << 20));
        go.holdHeap(0);
        System.out.println("upcalls from 2 Go threads: " + (go.upcallFor(2, 50) >= 2));
        try {
            go.workInGoroutines(4, 3);
        } catch (GoErrorException e) {
            System.out.println("recovered in its goroutine: " + e.goMessage());
        }
    }
    // docs:end demo
}
