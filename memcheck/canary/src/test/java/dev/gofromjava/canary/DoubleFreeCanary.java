package dev.gofromjava.canary;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Planted bug 4: a double free. Without a tool, glibc aborts the JVM on the second free before
 * any Java check can speak, so this runs only under ASan or valgrind (where the ledger hook also
 * sees the count drop below its baseline).
 */
class DoubleFreeCanary {
    static {
        Canaries.record("double-free");
    }

    @Test
    void freesTwice() {
        assumeTrue(Canaries.underTool(), "needs ASan or valgrind: glibc would abort the JVM");
        Canaries.doubleFree();
    }
}
