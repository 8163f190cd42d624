package dev.gofromjava.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.Demos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A virtual thread in a Go call keeps its carrier thread for the whole call, and the scheduler does
 * not add a carrier to make up for it. Each case runs {@link PinningProbe} in a JVM of its own
 * with one carrier (the scheduler's parallelism 1); the verdict is an order of events, not a time.
 */
@Timeout(120)
class VirtualThreadPinningTest {
    /** The lesson's flags, and one carrier thread for all virtual threads. */
    static List<String> oneCarrier() {
        List<String> flags = new ArrayList<>(Demos.lessonFlags());
        flags.add("-Djdk.virtualThreadScheduler.parallelism=1");
        return flags;
    }

    static String probe(String mode) throws Exception {
        Demos.Run run = Demos.start(oneCarrier(), env -> {}, PinningProbe.class, mode);
        if (run.exit() != 0) {
            throw new AssertionError("PinningProbe " + mode + " exited with " + run.exit() + ":\n" + run.err());
        }
        return run.out();
    }

    // docs:begin pinned
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void aGoCallHoldsTheCarrierUntilItReturns(String binding) throws Exception {
        assertEquals("a Go call (" + binding + "): the other virtual thread ran only after it\n", probe(binding));
    }

    @Test
    void aJavaWaitLetsTheCarrierGo() throws Exception {
        assertEquals("a Java wait: the other virtual thread ran during it\n", probe("java"));
    }
    // docs:end pinned
}
