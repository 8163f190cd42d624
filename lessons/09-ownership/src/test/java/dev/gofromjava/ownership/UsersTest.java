package dev.gofromjava.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.FreedByGc;
import dev.gofromjava.testkit.LedgerCheck;
import dev.gofromjava.testkit.ManyThreads;
import dev.gofromjava.testkit.Stress;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each against both bindings; the testkit module checks the ledger after each. */
class UsersTest {
    static final List<Users> BINDINGS = List.of(new UsersFfm(), new UsersJna());
    static final GoLibrary LIB = GoLibrary.load("ownership");

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesExample(Users go) {
        long live = LIB.liveAllocations();
        try (UserInfo alice = go.getUserInfo("Alice")) {
            assertEquals("User \"Alice\" has 5 letters in their name", alice.info());
            assertEquals(live + 1, LIB.liveAllocations(), "Go's string is Java's to free");
        }
        assertEquals(live, LIB.liveAllocations(), "close() freed it");
    }

    /** Letters, not bytes: the article counted bytes, 8 for Ёжик. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void lettersAreCodePoints(Users go) {
        try (UserInfo user = go.getUserInfo("Ёжик🙂")) {
            assertEquals("User \"Ёжик🙂\" has 5 letters in their name", user.info());
        }
    }

    // docs:begin closed
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aClosedInfoIsNeverReadAndNeverFreedTwice(Users go) {
        long live = LIB.liveAllocations();
        UserInfo user = go.getUserInfo("Bob");
        user.close();
        user.close(); // nothing: a second delUserInfo would be a double free
        assertEquals(live, LIB.liveAllocations());
        var e = assertThrows(IllegalStateException.class, user::info);
        assertEquals("this UserInfo is closed: its memory was given back to Go", e.getMessage());
    }
    // docs:end closed

    /** Eight threads close the same object at once, a thousand times: each is freed exactly once. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void closingFromManyThreadsFreesOnce(Users go) throws Exception {
        for (int i = 0; i < Stress.rounds(1000); i++) {
            long live = LIB.liveAllocations();
            UserInfo user = go.getUserInfo("race " + i);
            ManyThreads.run(4, 1, (thread, round) -> user.close());
            assertEquals(live, LIB.liveAllocations(), "after close from 8 threads");
        }
    }

    /** Readers and a closer at once: every read is the info or an IllegalStateException, never freed memory. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void readsRacingACloseSeeTheInfoOrAnException(Users go) throws Exception {
        for (int i = 0; i < Stress.rounds(200); i++) {
            UserInfo user = go.getUserInfo("Dave");
            ManyThreads.run(2, 20, (thread, round) -> {
                if (thread == 0 && round == 10) {
                    user.close();
                    return;
                }
                try {
                    assertEquals("User \"Dave\" has 4 letters in their name", user.info());
                } catch (IllegalStateException closed) {
                    assertTrue(user.isClosed());
                }
            });
            user.close();
        }
    }

    // docs:begin arena
    /** FFM: Go's string in a segment of the caller's arena, freed when the arena closes. */
    @Test
    void closingTheArenaFreesGosMemory() {
        UsersFfm ffm = new UsersFfm();
        long live = LIB.liveAllocations();
        MemorySegment info;
        try (Arena arena = Arena.ofConfined()) {
            info = ffm.getUserInfo("Erin", arena);
            assertEquals("User \"Erin\" has 4 letters in their name", info.getString(0));
            assertEquals(live + 1, LIB.liveAllocations());
        }
        assertEquals(live, LIB.liveAllocations(), "the arena's cleanup called delUserInfo");
        MemorySegment freed = info;
        assertThrows(IllegalStateException.class, () -> freed.getString(0)); // FFM's own check
    }
    // docs:end arena

    /**
     * The collector's path: objects dropped without close() are freed once the GC finds them.
     * While the list holds them, no collection may free one, so the count is exact whenever a GC
     * runs; once the list lets go, the ledger check waits for the collector (@FreedByGc).
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    @FreedByGc
    void droppedInfosAreFreedByTheCollector(Users go) {
        long live = LIB.liveAllocations();
        List<UserInfo> held = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            held.add(go.getUserInfoFreedByGc("Fay"));
        }
        for (UserInfo user : held) {
            assertEquals("User \"Fay\" has 3 letters in their name", user.info());
        }
        assertEquals(live + 100, LIB.liveAllocations(), "each reachable info holds its own C string");
        held.clear(); // dropped, never closed
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    @FreedByGc // FFM's automatic arena frees only when collected, close() or not
    void closingAGcFreedInfoMakesItUnreadableAtOnce(Users go) {
        UserInfo user = go.getUserInfoFreedByGc("Gus");
        user.close();
        assertThrows(IllegalStateException.class, user::info);
    }

    /** The wait is bounded, and still fails when nothing frees: a leak is not excused by the annotation. */
    @Test
    @FreedByGc(seconds = 1)
    void theCollectorsWaitStillFailsALeak() throws Exception {
        FreedByGc wait = UsersTest.class.getDeclaredMethod("theCollectorsWaitStillFailsALeak").getAnnotation(FreedByGc.class);
        long live = LIB.liveAllocations();
        try (UserInfo held = new UsersFfm().getUserInfo("Hal")) { // reachable: no collector can free it
            AssertionError leak = LedgerCheck.verify(live, "held", wait);
            assertTrue(leak != null && leak.getMessage().contains("after waiting up to 1 s for the garbage collector")
                    && leak.getMessage().contains("left 1 C block(s)"), String.valueOf(leak));
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badNamesAreRefusedBeforeGo(Users go) {
        long live = LIB.liveAllocations();
        assertEquals("name must not be null", assertThrows(NullPointerException.class, () -> go.getUserInfo(null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> go.getUserInfo("a\0b")).getMessage()
                .startsWith("name holds a NUL character at index 1"));
        assertEquals(live, LIB.liveAllocations());
    }
}
