package dev.gofromjava.performance;

import java.util.Arrays;

/** Each call the benchmarks time, made once, with its result: the numbers are on the page (scripts/bench). */
public final class KernelsDemo {
    private KernelsDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Kernels go = switch (String.join(" ", args)) {
            case "ffm" -> new KernelsFfm();
            case "jna" -> new KernelsJna();
            default -> throw new IllegalArgumentException("usage: KernelsDemo ffm|jna");
        };
        go.noop();
        System.out.println("noop() returned");
        System.out.println("add(2, 3) = " + go.add(2, 3));
        double pi = go.pi(10_000_000);
        System.out.println("pi(10,000,000 terms) = " + pi + ", bit for bit Java's own loop: " + (pi == JavaKernels.pi(10_000_000)));
        double[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        go.shuffle(values);
        System.out.println("shuffle(0..9) = " + Arrays.toString(values));
        System.out.println("dot([1, 2, 3], [4, 5, 6]) = " + go.dot(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        double[] big = new double[1_000_000];
        big[0] = 1;
        big[big.length - 1] = 2;
        System.out.println("touch(1,000,000 doubles) = " + go.touch(big));
        System.out.println("Go called Java " + go.callJava(1000) + " times and C " + go.callC(1000) + " times");
        try {
            go.dot(new double[3], new double[2]);
        } catch (IllegalArgumentException e) {
            System.out.println("dot(3 values, 2 values) refused: " + e.getMessage());
        }
    }
    // docs:end demo
}
