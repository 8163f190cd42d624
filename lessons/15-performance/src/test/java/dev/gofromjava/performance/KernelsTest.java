package dev.gofromjava.performance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each run with both bindings: every call the benchmarks make, and every way one is refused. */
class KernelsTest {
    static final List<Kernels> BINDINGS = List.of(new KernelsFfm(), new KernelsJna());

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void addWrapsAroundAsJavaDoes(Kernels go) {
        assertEquals(5, go.add(2, 3));
        assertEquals(Long.MIN_VALUE, go.add(Long.MAX_VALUE, 1));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void piOfNoTermsIsZeroAndOfOneIsFour(Kernels go) {
        assertEquals(0.0, go.pi(0));
        assertEquals(4.0, go.pi(1));
        assertEquals(4.0 - 4.0 / 3, go.pi(2));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesShuffleIsTheSameForTheSameLength(Kernels go) {
        double[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] b = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        go.shuffle(a);
        go.shuffle(b);
        // math/rand seeded with 0 (Go's compatibility promise keeps seeded sequences stable).
        assertArrayEquals(new double[] {3, 7, 4, 6, 1, 8, 0, 5, 2, 9}, a);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i] + 10, b[i]);
        }
        go.shuffle(new double[0]); // nothing to do, no call needed
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void dotTouchAndTheLoops(Kernels go) {
        assertEquals(32.0, go.dot(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        assertEquals(0.0, go.dot(new double[0], new double[0]));
        assertEquals(14.0, go.touch(new double[] {7}));
        assertEquals(3.0, go.touch(new double[] {1, 5, 5, 2}));
        assertEquals(0, go.callJava(0));
        assertEquals(12_345, go.callJava(12_345));
        assertEquals(12_345, go.callC(12_345));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badArgumentsAreRefusedBeforeGoRuns(Kernels go) {
        assertEquals("terms must be >= 0, got -1", assertThrows(IllegalArgumentException.class, () -> go.pi(-1)).getMessage());
        assertEquals("n must be >= 0, got -2", assertThrows(IllegalArgumentException.class, () -> go.callJava(-2)).getMessage());
        assertEquals("n must be >= 0, got -3", assertThrows(IllegalArgumentException.class, () -> go.callC(-3)).getMessage());
        assertEquals("dot needs arrays of the same length, got 3 and 2",
                assertThrows(IllegalArgumentException.class, () -> go.dot(new double[3], new double[2])).getMessage());
        assertEquals("touch reads the first and last element: the array must not be empty",
                assertThrows(IllegalArgumentException.class, () -> go.touch(new double[0])).getMessage());
        assertEquals("values must not be null", assertThrows(NullPointerException.class, () -> go.shuffle(null)).getMessage());
        assertEquals("values must not be null", assertThrows(NullPointerException.class, () -> go.touch(null)).getMessage());
        assertEquals("a must not be null", assertThrows(NullPointerException.class, () -> go.dot(null, new double[1])).getMessage());
        assertEquals("b must not be null", assertThrows(NullPointerException.class, () -> go.dot(new double[1], null)).getMessage());
    }
}
