package dev.gofromjava.strings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Bad arguments to the Java API: a clear exception before the call, the buffer untouched, nothing leaked. */
class StringsFailureTest {
    static final List<Strings> BINDINGS = StringsExamplesTest.BINDINGS;
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void nullStringOrBuffer(Strings go) {
        var e = assertThrows(NullPointerException.class, () -> go.repeat(null, 1));
        assertEquals("s must not be null", e.getMessage());
        try (GuardedBuffer buf = GuardedBuffer.allocate(8)) {
            assertThrows(NullPointerException.class, () -> go.repeat(null, 1, buf.segment()));
        }
        var out = assertThrows(NullPointerException.class, () -> go.repeat("x", 1, null));
        assertTrue(out.getMessage().startsWith("out must not be null"), out.getMessage());
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void negativeCount(Strings go) {
        try (GuardedBuffer buf = GuardedBuffer.allocate(8)) {
            var e = assertThrows(IllegalArgumentException.class, () -> go.repeat("x", -1, buf.segment()));
            assertEquals("n must be >= 0, got -1", e.getMessage());
        }
    }

    /** Go cannot write into the Java heap; JNA would take a heap segment's address() for a real one. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void heapSegment(Strings go) {
        byte[] array = new byte[64];
        MemorySegment heap = MemorySegment.ofArray(array);
        var e = assertThrows(IllegalArgumentException.class, () -> go.repeat("x", 1, heap));
        assertTrue(e.getMessage().startsWith("out is a heap segment"), e.getMessage());
        assertArrayEquals(new byte[64], array);
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void readOnlySegment(Strings go) {
        try (GuardedBuffer buf = GuardedBuffer.allocate(8)) {
            var e = assertThrows(IllegalArgumentException.class, () -> go.repeat("x", 1, buf.segment().asReadOnly()));
            assertTrue(e.getMessage().startsWith("out is read-only"), e.getMessage());
            assertEquals(0x5A, buf.segment().get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0));
        }
    }

    /** Memory of a closed arena may already belong to someone else: Go must not write into it. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void closedArena(Strings go) {
        MemorySegment out;
        try (Arena arena = Arena.ofConfined()) {
            out = arena.allocate(64);
        }
        MemorySegment closed = out;
        var e = assertThrows(IllegalStateException.class, () -> go.repeat("x", 1, closed));
        assertTrue(e.getMessage().startsWith("out is already closed"), e.getMessage());
    }

    /** FFM makes the same two checks itself, even on the unchecked handle; JNA could not, hence checkOutput. */
    @Test
    void ffmChecksTheSegmentItself() throws Exception {
        MemorySegment closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = arena.allocate(64);
            MemorySegment mine = closed;
            var f = CompletableFuture.runAsync(() -> StringsFfm.repeat(MemorySegment.NULL, 1, mine, 64));
            var e = assertThrows(ExecutionException.class, f::get);
            assertEquals(WrongThreadException.class, e.getCause().getClass(), String.valueOf(e.getCause()));
        }
        MemorySegment gone = closed;
        assertThrows(IllegalStateException.class, () -> StringsFfm.repeat(MemorySegment.NULL, 1, gone, 64));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void segmentOfAnotherThread(Strings go) throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(64);
            var f = CompletableFuture.runAsync(() -> go.repeat("x", 1, out));
            var e = assertThrows(ExecutionException.class, f::get);
            assertEquals(WrongThreadException.class, e.getCause().getClass(), String.valueOf(e.getCause()));
            assertArrayEquals(new byte[64], out.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)); // untouched
            assertEquals("x", go.repeat("x", 1, out)); // its own thread may
        }
    }
}
