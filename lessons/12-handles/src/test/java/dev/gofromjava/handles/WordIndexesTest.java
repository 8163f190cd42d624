package dev.gofromjava.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.testkit.ManyThreads;
import dev.gofromjava.testkit.Stress;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each against both bindings; the testkit module checks C blocks and handles after each. */
class WordIndexesTest {
    static final List<WordIndexes> BINDINGS = List.of(new WordIndexesFfm(), new WordIndexesJna());
    static final GoLibrary LIB = GoLibrary.load("handles");

    /** Go's message for a handle that is not live. */
    static String invalid(long handle) {
        return "invalid handle " + Long.toUnsignedString(handle) + ": deleted already, or never made"; // a uintptr
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void anIndexCountsWordsAndIsOneLiveHandle(WordIndexes go) {
        long live = LIB.liveHandles();
        try (WordIndex index = go.newIndex()) {
            assertEquals(live + 1, LIB.liveHandles(), "the index is a handle until closed");
            assertEquals(6, index.add("the cat sat\ton the\nmat"));
            assertEquals(3, index.add("  The cat sat  "));
            assertEquals(List.of(new WordCount("cat", 2), new WordCount("sat", 2), new WordCount("the", 2),
                    new WordCount("The", 1), new WordCount("mat", 1)), index.top(5));
            assertEquals(List.of(), index.top(0));
            assertEquals(6, index.top(100).size(), "fewer words than k: all six");
        }
        assertEquals(live, LIB.liveHandles(), "close() deleted it");
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void wordsAreBytesBetweenAsciiSpaceWhateverTheScript(WordIndexes go) {
        try (WordIndex index = go.newIndex()) {
            assertEquals(3, index.add("ёжик 世界\u00a0🙂 ёжик")); // U+00A0 is not ASCII space: one word
            assertEquals(List.of(new WordCount("ёжик", 2), new WordCount("世界\u00a0🙂", 1)), index.top(2));
        }
    }

    // docs:begin closed
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aClosedIndexIsRefusedInJavaAndItsHandleInGo(WordIndexes go) {
        long live = LIB.liveHandles();
        WordIndex index = go.newIndex();
        long handle = index.handle();
        index.close();
        index.close(); // nothing: freed once
        assertEquals(live, LIB.liveHandles());
        var inJava = assertThrows(IllegalStateException.class, () -> index.add("late"));
        assertEquals("this WordIndex is closed: its handle " + handle + " was given back to Go", inJava.getMessage());
        assertThrows(IllegalStateException.class, () -> index.top(1));
        assertThrows(IllegalStateException.class, index::snapshot);
        // Past the wrapper, the freed handle reaches Go, which refuses it by name.
        var inGo = assertThrows(GoErrorException.class, () -> go.add(handle, "late"));
        assertEquals("Go's indexAdd failed: " + invalid(handle), inGo.getMessage());
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.free(handle)).goMessage());
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.top(handle, 1)).goMessage());
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.snapshot(handle)).goMessage());
        assertEquals(live, LIB.liveHandles());
    }
    // docs:end closed

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void forgedHandlesAreRefusedByGo(WordIndexes go) {
        for (long forged : new long[] {0, 1L << 40, -1, Long.MIN_VALUE}) {
            var e = assertThrows(GoErrorException.class, () -> go.add(forged, "x"));
            assertFalse(e instanceof GoPanicException, "an error, not a panic");
            assertEquals(invalid(forged), e.goMessage());
        }
    }

    /** A snapshot's handle is not an index's, nor the other way round: Go checks the type behind a handle too. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aHandleOfTheOtherKindIsRefused(WordIndexes go) {
        try (WordIndex index = go.newIndex(); WordSnapshot snapshot = index.snapshot()) {
            String snap = Long.toUnsignedString(snapshot.handle());
            assertEquals("handle " + snap + " holds a *main.snapshot, want a *main.index",
                    assertThrows(GoErrorException.class, () -> go.add(snapshot.handle(), "x")).goMessage());
            // Freeing a snapshot as an index would leave its memory pinned for good: refused.
            assertEquals("handle " + snap + " holds a *main.snapshot, want a *main.index",
                    assertThrows(GoErrorException.class, () -> go.free(snapshot.handle())).goMessage());
            assertEquals(0, snapshot.entries().size(), "the snapshot is still there");
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aSnapshotIsGosMemoryReadInPlaceUntilClosed(WordIndexes go) {
        long live = LIB.liveHandles();
        long blocks = LIB.liveAllocations();
        try (WordIndex index = go.newIndex()) {
            index.add("b a b é");
            WordSnapshot snapshot = index.snapshot();
            assertEquals(live + 2, LIB.liveHandles(), "the index and the snapshot");
            // Go lends its own slice (Go's TestSnapshotIsPinnedUntilReleasedOnce checks the address): no C copy.
            assertEquals(blocks, LIB.liveAllocations(), "C blocks while the snapshot is open");
            index.add("c c c"); // the snapshot does not change
            assertEquals(List.of(new WordCount("a", 1), new WordCount("b", 2), new WordCount("é", 1)), snapshot.entries());
            assertEquals("a 1\nb 2\né 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8).length, snapshot.byteSize());
            assertEquals('a', snapshot.byteAt(0));
            assertEquals('\n', snapshot.byteAt(snapshot.byteSize() - 1));
            assertThrows(IndexOutOfBoundsException.class, () -> snapshot.byteAt(snapshot.byteSize()));
            assertThrows(IndexOutOfBoundsException.class, () -> snapshot.byteAt(-1));
            snapshot.close();
            snapshot.close(); // nothing: released once
            assertEquals(live + 1, LIB.liveHandles(), "closing the snapshot unpinned it and deleted its handle");
            var e = assertThrows(IllegalStateException.class, () -> snapshot.byteAt(0));
            assertEquals("this WordSnapshot is closed: Go has unpinned its memory", e.getMessage());
            assertThrows(IllegalStateException.class, snapshot::entries);
        }
        assertEquals(live, LIB.liveHandles());
    }

    /** A snapshot outlives its index: it is a copy Go made, pinned on its own. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aSnapshotOutlivesItsIndex(WordIndexes go) {
        WordSnapshot snapshot;
        try (WordIndex index = go.newIndex()) {
            index.add("kept");
            snapshot = index.snapshot();
        }
        try (snapshot) {
            assertEquals(List.of(new WordCount("kept", 1)), snapshot.entries());
        }
    }

    /** An empty index's snapshot: zero bytes, at an address all the same. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void anEmptySnapshotHasNoBytes(WordIndexes go) {
        try (WordIndex index = go.newIndex(); WordSnapshot snapshot = index.snapshot()) {
            assertEquals(0, snapshot.byteSize());
            assertEquals(List.of(), snapshot.entries());
            assertThrows(IndexOutOfBoundsException.class, () -> snapshot.byteAt(0));
        }
    }

    /** FFM: the snapshot as a segment of the caller's arena; closing the arena unpins it. */
    @Test
    void closingTheArenaGivesTheSnapshotBack() {
        WordIndexesFfm ffm = new WordIndexesFfm();
        long live = LIB.liveHandles();
        MemorySegment data;
        try (WordIndex index = ffm.newIndex()) {
            index.add("zero copy");
            try (Arena arena = Arena.ofConfined()) {
                data = ffm.snapshot(index.handle(), arena);
                assertEquals("copy 1\nzero 1\n", new String(data.toArray(ValueLayout.JAVA_BYTE),
                        java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(live + 2, LIB.liveHandles());
            }
            assertEquals(live + 1, LIB.liveHandles(), "the arena's cleanup called snapshotRelease");
        }
        MemorySegment released = data;
        assertThrows(IllegalStateException.class, () -> released.get(ValueLayout.JAVA_BYTE, 0)); // FFM's own check
    }

    /** Snapshotting into a closed arena gives Go's memory back at once: nothing stays pinned. */
    @Test
    void aSnapshotIntoAClosedArenaIsReleased() {
        WordIndexesFfm ffm = new WordIndexesFfm();
        try (WordIndex index = ffm.newIndex()) {
            long live = LIB.liveHandles();
            Arena arena = Arena.ofConfined();
            arena.close();
            assertThrows(IllegalStateException.class, () -> ffm.snapshot(index.handle(), arena));
            assertEquals(live, LIB.liveHandles());
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badInputIsAJavaExceptionAndLeavesNothing(WordIndexes go) {
        long live = LIB.liveHandles();
        try (WordIndex index = go.newIndex()) {
            assertEquals("text must not be null", assertThrows(NullPointerException.class, () -> index.add(null)).getMessage());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> index.add("a\0b")).getMessage()
                    .startsWith("text holds a NUL character at index 1"));
            assertEquals("k must be >= 0, got -1", assertThrows(IllegalArgumentException.class, () -> index.top(-1)).getMessage());
            // The handle layer leaves k to Go.
            assertEquals("k is -1, want at least 0",
                    assertThrows(GoErrorException.class, () -> go.top(index.handle(), -1)).goMessage());
            assertEquals(List.of(), go.top(index.handle(), Long.MAX_VALUE));
        }
        assertEquals(live, LIB.liveHandles());
    }

    /** Go's checks with nothing in front: a negative outN, and a NULL text, data or size. */
    @Test
    void goRefusesBadArgumentsOnItsOwn() {
        try (WordIndex index = new WordIndexesJna().newIndex();
                com.sun.jna.Memory message = new com.sun.jna.Memory(GoStatus.MESSAGE_CAPACITY);
                com.sun.jna.Memory cell = new com.sun.jna.Memory(8)) {
            long h = index.handle();
            assertEquals(-1, WordIndexesJna.HandlesLibrary.indexTop(h, 1, null, -1, message, message.size()));
            assertEquals("outN is -1, want at least 0", message.getString(0));
            assertEquals(-1, WordIndexesJna.HandlesLibrary.indexAdd(h, null, message, message.size()));
            assertEquals("text is NULL", message.getString(0));
            cell.clear();
            assertEquals(0, WordIndexesJna.HandlesLibrary.indexSnapshot(h, null, cell, message, message.size()));
            assertEquals("data and size must not be NULL", message.getString(0));
            assertEquals(0, WordIndexesJna.HandlesLibrary.indexSnapshot(h, cell, null, message, message.size()));
            assertEquals("data and size must not be NULL", message.getString(0));
            // A message buffer of one byte: the message is cut to "", the status still says -1.
            assertEquals(-1, WordIndexesJna.HandlesLibrary.indexFree(0, message, 1));
            assertEquals("", message.getString(0));
        }
    }

    // docs:begin nested
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void cgoCatchesAnUnpinnedGoPointerInsideGoMemory(WordIndexes go) {
        assertEquals(42, go.passNested(true), "pinned: allowed, and C reads it");
        var e = assertThrows(GoPanicException.class, () -> go.passNested(false));
        assertEquals("passNested", e.export());
        assertTrue(e.goMessage().endsWith("has Go pointer to unpinned Go pointer"), e.goMessage());
    }
    // docs:end nested

    /** Eight threads close the same index at once, many times: each handle is deleted exactly once. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void closingFromManyThreadsFreesOnce(WordIndexes go) throws Exception {
        for (int i = 0; i < Stress.rounds(500); i++) {
            long live = LIB.liveHandles();
            WordIndex index = go.newIndex();
            ManyThreads.run(4, 1, (thread, round) -> index.close());
            assertEquals(live, LIB.liveHandles(), "after close from many threads");
        }
    }

    /**
     * Adders and a closer at once: every add counts, or is refused in Java, and only once the close
     * has begun. None reaches Go with a freed handle: that would be Go's error, which fails the
     * round. The close reads Go's count just before it frees, inside its lock, where no add can
     * run: it must equal the adds that returned.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void callsRacingACloseCountOrAreRefused(WordIndexes go) throws Exception {
        for (int i = 0; i < Stress.rounds(100); i++) {
            AtomicLong countedInGo = new AtomicLong(-1);
            WordIndexes countsBeforeFree = new Delegate(go) {
                @Override
                public void free(long handle) {
                    List<WordCount> top = go.top(handle, 1);
                    countedInGo.set(top.isEmpty() ? 0 : top.getFirst().count());
                    go.free(handle);
                }
            };
            WordIndex index = new WordIndex(countsBeforeFree, go.newHandle());
            String closedMessage = "this WordIndex is closed: its handle " + index.handle() + " was given back to Go";
            AtomicBoolean closing = new AtomicBoolean();
            AtomicLong returned = new AtomicLong();
            ManyThreads.run(3, 20, (thread, round) -> {
                if (thread == 0 && round == 10) {
                    closing.set(true);
                    index.close();
                    return;
                }
                try {
                    assertEquals(1, index.add("w"), "words in \"w\"");
                    returned.incrementAndGet();
                } catch (IllegalStateException refused) {
                    assertTrue(closing.get(), "refused before the close began: " + refused);
                    assertEquals(closedMessage, refused.getMessage());
                }
            });
            assertTrue(index.isClosed());
            assertEquals(returned.get(), countedInGo.get(), "adds that returned, against Go's count at the close");
        }
    }

    /** Every call passed on to {@code go}; tests override what they watch. */
    private static class Delegate implements WordIndexes {
        private final WordIndexes go;

        Delegate(WordIndexes go) {
            this.go = go;
        }

        public long newHandle() {
            return go.newHandle();
        }

        public long add(long handle, String text) {
            return go.add(handle, text);
        }

        public List<WordCount> top(long handle, long k) {
            return go.top(handle, k);
        }

        public long topInto(long handle, long k, MemorySegment out) {
            return go.topInto(handle, k, out);
        }

        public WordSnapshot snapshot(long handle) {
            return go.snapshot(handle);
        }

        public void free(long handle) {
            go.free(handle);
        }

        public long passNested(boolean pinInner) {
            return go.passNested(pinInner);
        }
    }

    /** Many threads add to one index at once: Go's lock loses no count. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void concurrentAddsLoseNothing(WordIndexes go) throws Exception {
        try (WordIndex index = go.newIndex()) {
            int rounds = Stress.rounds(200);
            ManyThreads.run(4, rounds, (thread, round) -> index.add("shared t" + thread));
            List<WordCount> top = index.top(1);
            assertEquals(List.of(new WordCount("shared", 2L * 4 * rounds /* 4 platform and 4 virtual threads */)), top);
        }
    }
}
