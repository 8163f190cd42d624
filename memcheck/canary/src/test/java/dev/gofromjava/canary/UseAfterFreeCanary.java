package dev.gofromjava.canary;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Planted bug 5: a read of a buffer after it was freed. Nothing in Java can see it (the read
 * usually returns the old byte); only ASan and valgrind can, so it runs only under them.
 */
class UseAfterFreeCanary {
    static {
        Canaries.record("use-after-free");
    }

    @Test
    void readsFreedMemory() {
        assumeTrue(Canaries.underTool(), "only a native tool can see a use after free");
        long b = Canaries.useAfterFree();
        System.out.println("read " + b + " from freed memory");
    }
}
