package dev.gofromjava.canary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Planted bug 6: a cgo handle never deleted. As with {@link LeakCanary}, each test passes on its
 * own assertions and only the ledger hooks can fail it; no native tool can, since the value it
 * pins is still reachable from Go's handle table.
 */
class HandleLeakCanary {
    static {
        Canaries.record("handle-leak");
    }

    @Test
    void junitTestLeaksAHandle() {
        Canaries.handleLeak();
        assertTrue(Canaries.LIB.liveHandles() > 0, "the canary made a handle");
    }

    @Example
    void jqwikExampleLeaksAHandle() {
        Canaries.handleLeak();
        assertTrue(Canaries.LIB.liveHandles() > 0, "the canary made a handle");
    }

    @Property(tries = 5)
    void jqwikPropertyLeaksAHandle(@ForAll @IntRange(min = 0, max = 3) int n) {
        Canaries.handleLeak();
        assertTrue(n >= 0);
    }
}
