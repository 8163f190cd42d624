package dev.gofromjava.performance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import dev.gofromjava.bridge.CriticalChunks;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Every property runs against both bindings, so that a benchmark never times a wrong answer: the
 * kernels agree with plain Java, and the loops make exactly the calls they say. The ledger is
 * checked after every try (testkit: LedgerTryHook).
 */
class KernelsProperties {
    private static final List<Kernels> BINDINGS = KernelsTest.BINDINGS;
    /** Elements in one critical piece of dot (a double of each array): longer arrays cross a piece boundary. */
    private static final int PIECE = (int) (CriticalChunks.MAX_BYTES / (2 * Double.BYTES));

    @Property
    void piIsJavasOwnLoopBitForBit(@ForAll @LongRange(min = 0, max = 200_000) long terms) {
        double java = JavaKernels.pi(terms);
        for (Kernels go : BINDINGS) {
            assertEquals(Double.doubleToRawLongBits(java), Double.doubleToRawLongBits(go.pi(terms)), go + " pi(" + terms + ")");
        }
    }

    @Property
    void shuffleIsAPermutationAndTheSameForTheSameLength(@ForAll @IntRange(min = 0, max = 5000) int n) {
        double[] first = null;
        for (Kernels go : BINDINGS) {
            double[] values = new double[n];
            Arrays.setAll(values, i -> i);
            go.shuffle(values);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                assertEquals(i, sorted[i], go + ": not a permutation of 0.." + (n - 1));
            }
            if (first != null) {
                assertArrayEquals(first, values, "FFM and JNA shuffle " + n + " values differently");
            }
            first = values;
        }
    }

    /** Small integers make every product and sum exact, so any order of summing gives the same bits. */
    @Property
    void dotIsJavasDotAcrossCriticalPieces(@ForAll @IntRange(min = 0, max = 3 * 8192 + 7) int n, @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] a = random.ints(n, -1000, 1000).asDoubleStream().toArray();
        double[] b = random.ints(n, -1000, 1000).asDoubleStream().toArray();
        for (Kernels go : BINDINGS) {
            assertEquals(JavaKernels.dot(a, b), go.dot(a, b), go + " dot of " + n + " (pieces of " + PIECE + ")");
        }
    }

    /** Go's shuffle writes only the n doubles it is given: the guard bytes on both sides stay as they were. */
    @Property
    void shuffleWritesOnlyTheElementsItIsGiven(@ForAll @IntRange(min = 1, max = 2000) int n) throws Throwable {
        try (GuardedBuffer buffer = GuardedBuffer.allocate((long) n * Double.BYTES)) {
            MemorySegment values = buffer.segment();
            for (int i = 0; i < n; i++) {
                values.setAtIndex(JAVA_DOUBLE, i, i);
            }
            KernelsFfm.SHUFFLE.invokeExact(values, (long) n); // the export itself, as any C caller passes it
            buffer.checkGuards();
            double[] sorted = values.toArray(JAVA_DOUBLE);
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                assertEquals(i, sorted[i], "not a permutation of 0.." + (n - 1));
            }
        }
    }

    @Property
    void touchReadsTheFirstAndLastElement(@ForAll @Size(min = 1, max = 100_000) double[] values) {
        for (Kernels go : BINDINGS) {
            double want = values[0] + values[values.length - 1];
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(go.touch(values)), go.toString());
        }
    }

    @Property
    void theLoopsMakeExactlyTheCallsAskedFor(@ForAll @LongRange(min = 0, max = 100_000) long n) {
        for (Kernels go : BINDINGS) {
            assertEquals(n, go.callJava(n), go + " callJava");
            assertEquals(n, go.callC(n), go + " callC");
        }
    }
}
