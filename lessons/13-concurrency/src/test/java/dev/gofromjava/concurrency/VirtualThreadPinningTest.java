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
 * not add a carrier to make up for it. Each case runs {@link PinningProbe} in a JVM of its own with
 * a set number of carriers (the scheduler's parallelism); the verdict is an order of events, not a
 * time.
 */
@Timeout(120)
class VirtualThreadPinningTest {
    /** Long enough for any loaded machine to start the other thread on a free carrier. */
    static final String UNTIL_IT_RAN = "30000";

    /** The lesson's flags, and {@code carriers} carrier threads for all virtual threads. */
    static List<String> carriers(int carriers) {
        List<String> flags = new ArrayList<>(Demos.lessonFlags());
        flags.add("-Djdk.virtualThreadScheduler.parallelism=" + carriers);
        return flags;
    }

    static String probe(int carriers, String mode, String millis) throws Exception {
        Demos.Run run = Demos.start(carriers(carriers), env -> {}, PinningProbe.class, mode, millis);
        if (run.exit() != 0) {
            throw new AssertionError("PinningProbe " + mode + " exited with " + run.exit() + ":\n" + run.err());
        }
        return run.out();
    }

    // docs:begin pinned
    /** One carrier, held by 500 ms of Go calls: the other thread runs only after them. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void aGoCallHoldsTheCarrierUntilItReturns(String binding) throws Exception {
        assertEquals("Go calls (" + binding + "): the other virtual thread ran only after them\n",
                probe(1, binding, "500"));
    }

    /** The control: with a second carrier the same probe sees the other thread run, so it can fail. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void aSecondCarrierRunsTheOtherThreadDuringGoCalls(String binding) throws Exception {
        assertEquals("Go calls (" + binding + "): the other virtual thread ran during them\n",
                probe(2, binding, UNTIL_IT_RAN));
    }

    @Test
    void aJavaWaitLetsTheCarrierGo() throws Exception {
        assertEquals("a Java wait: the other virtual thread ran during it\n", probe(1, "java", UNTIL_IT_RAN));
    }
    // docs:end pinned
}
