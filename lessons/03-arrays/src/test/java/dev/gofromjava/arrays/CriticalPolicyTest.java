package dev.gofromjava.arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.arrays.SafepointDelay.Mode;
import dev.gofromjava.arrays.SafepointDelay.Result;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The size policy at work. One thread squares a heap array of 16 Mi doubles (128 MiB) over and
 * over while this one forces GCs: a GC's safepoint waits for the critical call in progress. Through
 * the binding it waits for one piece (CriticalChunks.MAX_BYTES); through one critical call over the
 * whole array, as the binding did before the policy, for up to the whole array. Both are measured
 * in the same run and compared by their medians, so a slow or busy machine slows both alike.
 *
 * <p>Tagged "timing": memcheck leaves it out, since under valgrind it measures valgrind.
 */
@Tag("timing")
class CriticalPolicyTest {
    @Test
    void aSafepointWaitsForOnePieceNotForTheWholeArray() throws Exception {
        int n = 1 << 24;
        Result whole = SafepointDelay.measure(Mode.CRITICAL_WHOLE, n, 15);
        Result binding = SafepointDelay.measure(Mode.BINDING, n, 15);
        long wholeMedian = whole.percentile(0.5);
        long bindingMedian = binding.percentile(0.5);
        String report = String.format("median time to safepoint: whole array %.2f ms (%.1f ms a call), binding %.3f ms",
                wholeMedian / 1e6, whole.nanosPerCall() / 1e6, bindingMedian / 1e6);
        // Safepoints land anywhere in a call: half the call at the median. Far below that, this
        // run could not see the difference it is meant to show.
        assertTrue(wholeMedian > whole.nanosPerCall() / 10, "the measurement did not see the long calls: " + report);
        assertTrue(bindingMedian * 10 < wholeMedian, "the binding holds safepoints too long: " + report);
    }
}
