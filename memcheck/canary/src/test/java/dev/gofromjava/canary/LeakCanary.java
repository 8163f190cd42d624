package dev.gofromjava.canary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Planted bug 1: a C allocation never freed. Each test passes on its own assertions; only the
 * ledger hooks from the testkit module (registered by service loader, nothing here names them)
 * can fail it. Under valgrind the same block is reported "definitely lost".
 */
class LeakCanary {
    static {
        Canaries.record("leak");
    }

    @Test
    void junitTestLeaks() {
        Canaries.leak();
        assertTrue(Canaries.LIB.liveAllocations() > 0, "the canary allocated");
    }

    @Example
    void jqwikExampleLeaks() {
        Canaries.leak();
        assertTrue(Canaries.LIB.liveAllocations() > 0, "the canary allocated");
    }

    @Property(tries = 5)
    void jqwikPropertyLeaks(@ForAll @IntRange(min = 0, max = 3) int n) {
        Canaries.leak();
        assertTrue(n >= 0);
    }
}
