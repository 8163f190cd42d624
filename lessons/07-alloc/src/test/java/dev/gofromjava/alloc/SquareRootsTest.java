package dev.gofromjava.alloc;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.testkit.GuardedBuffer;
import dev.gofromjava.testkit.Stress;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The allocator's bad days, each against both bindings (the testkit module checks the ledger after each). */
class SquareRootsTest {
    static final List<SquareRoots> BINDINGS = List.of(new SquareRootsFfm(), new SquareRootsJna());

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesExample(SquareRoots go) {
        try (Arena arena = Arena.ofConfined()) {
            SquareRoots.Roots roots = go.sqrts(5, arena);
            assertEquals("Square roots up to 5:", roots.title());
            assertArrayEquals(new double[] {1, Math.sqrt(2), Math.sqrt(3), 2, Math.sqrt(5)}, roots.toArray());
        }
    }

    /** Go asks for the text first; refused, it stops: no second request, nothing written. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aNullBlockStopsGo(SquareRoots go) {
        List<Character> asked = new ArrayList<>();
        var e = assertThrows(IllegalStateException.class, () -> go.sqrts(4, (type, count) -> {
            asked.add(type);
            return null;
        }));
        assertEquals(List.of('B'), asked);
        assertTrue(e.getMessage().startsWith("the allocator returned null for 21 elements of type 'B'"), e.getMessage());
    }

    /** Refused on the second request: the text was written, the roots never were. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aNullSecondBlockStopsGoToo(SquareRoots go) {
        try (Arena arena = Arena.ofConfined()) {
            var e = assertThrows(IllegalStateException.class,
                    () -> go.sqrts(4, (type, count) -> type == 'd' ? null : arena.allocate(count)));
            assertTrue(e.getMessage().contains("null for 4 elements of type 'd'"), e.getMessage());
        }
    }

    /**
     * An allocator that throws, 10 000 times (fewer under valgrind: {@link Stress}): the exception never leaves the upcall (that would
     * end the JVM), Go stops, and each call throws the allocator's own exception, the same object.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aThrowingAllocatorThrowsToTheCaller(SquareRoots go) {
        for (int i = 0; i < Stress.rounds(10_000); i++) {
            RuntimeException thrown = new UnsupportedOperationException("try " + i);
            var e = assertThrows(UnsupportedOperationException.class, () -> go.sqrts(3, (type, count) -> {
                throw thrown;
            }));
            assertSame(thrown, e);
        }
    }

    /**
     * A block smaller than asked for: the binding hands Go its true size and Go refuses it
     * before writing a byte, so the guard bytes around it are intact.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aBlockTooSmallIsRefusedUnwritten(SquareRoots go) {
        try (Arena arena = Arena.ofConfined(); GuardedBuffer small = GuardedBuffer.allocate(3 * Double.BYTES - 1)) {
            var e = assertThrows(IllegalStateException.class,
                    () -> go.sqrts(3, (type, count) -> type == 'B' ? arena.allocate(count) : small.segment()));
            assertTrue(e.getMessage().startsWith("the allocator returned 23 bytes for 3 elements of type 'd' (24 bytes)"),
                    e.getMessage());
            small.checkGuards();
            assertEquals(0x5A, small.segment().get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0), "Go wrote into it");
        }
    }

    /** Go cannot write into the Java heap: a heap segment is refused before Go sees it. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aHeapSegmentIsRefused(SquareRoots go) {
        double[] heap = new double[3];
        try (Arena arena = Arena.ofConfined()) {
            var e = assertThrows(IllegalStateException.class,
                    () -> go.sqrts(3, (type, count) -> type == 'B' ? arena.allocate(count) : MemorySegment.ofArray(heap)));
            assertTrue(e.getMessage().contains("heap segment"), e.getMessage());
        }
        assertArrayEquals(new double[3], heap);
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badArgumentsAreRefusedBeforeGo(SquareRoots go) {
        assertEquals("n must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> go.sqrts(-1, (t, c) -> null)).getMessage());
        assertThrows(NullPointerException.class, () -> go.sqrts(1, (SquareRoots.Allocator) null));
        assertThrows(NullPointerException.class, () -> go.sqrts(1, (Arena) null));
    }

    /** Zero roots: Go still asks for the text, and for zero doubles, which any block satisfies. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void zeroRoots(SquareRoots go) {
        try (Arena arena = Arena.ofConfined()) {
            SquareRoots.Roots roots = go.sqrts(0, arena);
            assertEquals("Square roots up to 0:", roots.title());
            assertEquals(0, roots.values().byteSize());
        }
    }

    /** The roots stay as long as the caller's arena, and only that long. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theRootsLiveInTheCallersArena(SquareRoots go) {
        SquareRoots.Roots roots;
        try (Arena arena = Arena.ofConfined()) {
            roots = go.sqrts(2, arena);
            assertEquals(1.0, roots.values().getAtIndex(JAVA_DOUBLE, 0));
        }
        SquareRoots.Roots closed = roots;
        assertThrows(IllegalStateException.class, closed::toArray);
    }
}
