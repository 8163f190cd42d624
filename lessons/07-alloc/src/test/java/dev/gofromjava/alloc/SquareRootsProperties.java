package dev.gofromjava.alloc;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.GuardedBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Every property runs against both bindings. The allocator hands Go exactly the blocks it asks for,
 * each inside guard bytes: Go must fill them exactly, and never write outside.
 */
class SquareRootsProperties {
    private static final List<SquareRoots> BINDINGS = SquareRootsTest.BINDINGS;

    // docs:begin roots
    @Property
    void goFillsExactlyTheBlocksItAskedFor(@ForAll("counts") int n) {
        for (SquareRoots go : BINDINGS) {
            List<GuardedBuffer> blocks = new ArrayList<>();
            try {
                SquareRoots.Roots roots = go.sqrts(n, (type, count) -> {
                    GuardedBuffer block = GuardedBuffer.allocate(count * (type == 'd' ? Double.BYTES : 1));
                    blocks.add(block);
                    return block.segment();
                });
                assertEquals("Square roots up to " + n + ":", roots.title(), go.toString());
                for (int i = 0; i < n; i++) {
                    double want = Math.sqrt(i + 1);
                    double got = roots.values().getAtIndex(JAVA_DOUBLE, i);
                    assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), go + " root of " + (i + 1));
                }
                assertEquals(2, blocks.size(), go + ": Go asks for two blocks");
            } finally {
                blocks.forEach(GuardedBuffer::close); // each checks its guard bytes first
            }
        }
    }
    // docs:end roots

    /** The largest count on every run, whatever the number of tries. */
    @Example
    void theLargestCountToo() {
        goFillsExactlyTheBlocksItAskedFor(100_000);
    }

    /** Mostly small counts, sometimes up to 100 000. */
    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0, 100)),
                Tuple.of(1, Arbitraries.integers().between(101, 100_000)));
    }
}
