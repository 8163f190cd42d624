package dev.gofromjava.canary;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Planted bug 7: an aligned 8-byte read whose last 4 bytes lie past a 12-byte block. Java never
 * sees the value, so only a native tool can see the read; valgrind reports it only with
 * --partial-loads-ok=no, which this canary keeps switched on.
 */
class OverReadCanary {
    static {
        Canaries.record("over-read");
    }

    @Test
    void readsPastTheEndOfABlock() {
        assumeTrue(Canaries.underTool(), "only a native tool can see a read past a block");
        Canaries.overRead();
    }
}
