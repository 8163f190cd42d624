package dev.gofromjava.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CriticalChunksTest {
    record Piece(long first, long count) {}

    static List<Piece> pieces(long n, int elementBytes, boolean backwards) {
        List<Piece> out = new ArrayList<>();
        CriticalChunks.forEach(n, elementBytes, backwards, (first, count) -> out.add(new Piece(first, count)));
        return out;
    }

    /** The pieces cover [0, n) once, in order (or in reverse), and none holds more than MAX_BYTES. */
    @Property
    void piecesCoverTheRangeOnceWithinTheLimit(@ForAll @LongRange(max = 5_000_000) long n,
                                               @ForAll @IntRange(min = 1, max = 16) int elementBytes,
                                               @ForAll boolean backwards) {
        List<Piece> pieces = pieces(n, elementBytes, backwards);
        long next = backwards ? n : 0;
        for (Piece p : pieces) {
            assertTrue(p.count() > 0 && p.count() * elementBytes <= Math.max(CriticalChunks.MAX_BYTES, elementBytes),
                    p + " holds too much");
            if (backwards) {
                assertEquals(next, p.first() + p.count(), "pieces must touch, last to first");
                next = p.first();
            } else {
                assertEquals(next, p.first(), "pieces must touch, first to last");
                next = p.first() + p.count();
            }
        }
        assertEquals(backwards ? 0 : n, next, "the pieces must cover the whole range");
    }

    @Test
    void aLargeArrayIsNeverOneCall() {
        long doubles = 16L << 20;
        List<Piece> pieces = pieces(doubles, Double.BYTES, false);
        assertEquals(doubles * Double.BYTES / CriticalChunks.MAX_BYTES, pieces.size());
        assertEquals(List.of(new Piece(0, 5)), pieces(5, Double.BYTES, true));
        assertEquals(List.of(), pieces(0, Double.BYTES, false));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> pieces(-1, 8, false));
        assertThrows(IllegalArgumentException.class, () -> pieces(1, 0, false));
    }
}
