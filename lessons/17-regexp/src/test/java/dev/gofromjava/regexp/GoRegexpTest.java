package dev.gofromjava.regexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.testkit.ManyThreads;
import dev.gofromjava.testkit.Stress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each against both bindings; the testkit module checks C blocks and handles after each. */
class GoRegexpTest {
    static final List<GoRegexp> BINDINGS = List.of(new GoRegexpFfm(), new GoRegexpJna());
    static final GoLibrary LIB = GoLibrary.load("goregexp");

    static String invalid(long handle) {
        return "invalid handle " + Long.toUnsignedString(handle) + ": deleted already, or never made";
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPatternFindsMatchesAndIsOneLiveHandle(GoRegexp go) {
        long live = LIB.liveHandles();
        String text = "mail ann@example.com or bob@test.org";
        try (GoPattern p = go.compile("([a-z]+)@([a-z]+)\\.(com|org)")) {
            assertEquals(live + 1, LIB.liveHandles(), "the pattern is a handle until closed");
            assertEquals(Optional.of(new MatchRange(5, 20)), p.find(text));
            assertEquals(List.of(new MatchRange(5, 20), new MatchRange(24, 36)), p.findAll(text));
            assertEquals("mail ann at example or bob at test", p.replaceAll(text, "$1 at $2"));
            assertEquals("mail [$] or [$]", p.replaceAll(text, "[$$]"));
            assertFalse(p.matches(text));
            assertTrue(p.matches("x@y.com"));
            assertEquals(Optional.empty(), p.find("nothing"));
            assertEquals(List.of(), p.findAll(""));
            assertArrayEquals(new boolean[] {false, true, false}, p.findEach(List.of("no", "a b@c.org", "")));
            assertArrayEquals(new boolean[0], p.findEach(List.of()));
        }
        assertEquals(live, LIB.liveHandles(), "close() deleted it");
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void indicesCountJavaCharsAcrossSupplementaryCharacters(GoRegexp go) {
        String text = "a🙂b🙂🙂c\u0000é世";
        try (GoPattern smiles = go.compile("🙂+"); GoPattern nul = go.compile("\\x00é")) {
            assertEquals(List.of(new MatchRange(1, 3), new MatchRange(4, 8)), smiles.findAll(text));
            assertEquals("🙂🙂", smiles.findAll(text).get(1).of(text));
            assertEquals(Optional.of(new MatchRange(9, 11)), nul.find(text), "a NUL is an ordinary char: text crosses with its length");
            assertEquals("a:)b:)c\u0000é世", smiles.replaceAll(text, ":)"));
        }
    }

    // docs:begin refused
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void whatRe2CannotDoIsRefusedNamingTheConstruct(GoRegexp go) {
        long live = LIB.liveHandles();
        assertEquals("error parsing regexp: invalid escape sequence: `\\1` (a backreference: RE2 leaves it out,"
                + " since matching backreferences is NP-hard)", refusal(go, "(a)\\1"));
        assertEquals("error parsing regexp: invalid or unsupported Perl syntax: `(?=` (a lookahead: RE2 leaves it"
                + " out by design)", refusal(go, "a(?=b)"));
        assertEquals("error parsing regexp: invalid named capture: `(?<!a)b` (a lookbehind: RE2 leaves it out by"
                + " design)", refusal(go, "(?<!a)b"));
        assertEquals("error parsing regexp: missing closing ): `(a`", refusal(go, "(a"));
        assertEquals("error parsing regexp: invalid repeat count: `{1001}` (Go's limit: {m,n} counts at most 1000,"
                + " and nested counts multiplied together at most 1000)", refusal(go, "a{1001}"));
        assertTrue(refusal(go, "(?:abcdefghij){1000}".repeat(400)).startsWith(
                "error parsing regexp: expression too large: `(?:abcdefghij){1000}"), "a pattern past Go's size limit");
        assertTrue(refusal(go, "(".repeat(1001) + ")".repeat(1001)).startsWith(
                "error parsing regexp: expression nests too deeply"));
        assertEquals(live, LIB.liveHandles(), "a refused pattern makes no handle");
    }

    static String refusal(GoRegexp go, String pattern) {
        var e = assertThrows(GoErrorException.class, () -> go.compile(pattern));
        assertEquals("regexCompile", e.export());
        return e.goMessage();
    }
    // docs:end refused

    // docs:begin closed
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aClosedPatternIsRefusedInJavaAndItsHandleInGo(GoRegexp go) {
        long live = LIB.liveHandles();
        GoPattern p = go.compile("a+");
        long handle = p.handle();
        p.close();
        p.close(); // nothing: freed once
        assertEquals(live, LIB.liveHandles());
        var inJava = assertThrows(IllegalStateException.class, () -> p.find("aa"));
        assertEquals("this GoPattern (a+) is closed: its handle " + handle + " was given back to Go", inJava.getMessage());
        assertThrows(IllegalStateException.class, () -> p.matches("a"));
        assertThrows(IllegalStateException.class, () -> p.findAll("a"));
        assertThrows(IllegalStateException.class, () -> p.replaceAll("a", "b"));
        assertThrows(IllegalStateException.class, () -> p.findEach(List.of("a")));
        // Past the wrapper, the freed handle reaches Go, which refuses it by name.
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.matches(handle, "a")).goMessage());
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.findAll(handle, "a", -1)).goMessage());
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.replaceAll(handle, "a", "")).goMessage());
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.findEach(handle, List.of())).goMessage());
        assertEquals(invalid(handle), assertThrows(GoErrorException.class, () -> go.free(handle)).goMessage());
        assertEquals(invalid(12345), assertThrows(GoErrorException.class, () -> go.matches(12345, "a")).goMessage());
        assertEquals(live, LIB.liveHandles());
    }
    // docs:end closed

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badJavaArgumentsAreRefusedInJava(GoRegexp go) {
        try (GoPattern p = go.compile("a")) {
            var lone = assertThrows(IllegalArgumentException.class, () -> p.find("x\uD83D"));
            assertEquals("text holds an unpaired surrogate (U+D83D) at index 1: it has no UTF-8 form;"
                    + " fix the string before sending it", lone.getMessage());
            assertThrows(IllegalArgumentException.class, () -> p.replaceAll("a", "\uDE42"));
            var inList = assertThrows(IllegalArgumentException.class, () -> p.findEach(List.of("a", "\uDE42b")));
            assertTrue(inList.getMessage().startsWith("texts[1] holds an unpaired surrogate (U+DE42) at index 0"));
            assertThrows(NullPointerException.class, () -> p.find(null));
            assertThrows(IllegalArgumentException.class, () -> go.compile("\uD83D"));
        }
    }

    // docs:begin raw
    /** What only a caller past the Java API can send: Go refuses it, with nothing left allocated. */
    @Test
    void goRefusesNegativeSizesInvalidUtf8AndBadOffsets() {
        try (GoPattern p = new GoRegexpJna().compile("a"); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY);
                Memory text = new Memory(64); Memory offsets = new Memory(16); Memory found = new Memory(1)) {
            text.clear(); // room around the short texts below: Go's short searches load 16 bytes at a time (Utf8Text.PAD)
            long h = p.handle();
            text.write(0, new byte[] {'a', (byte) 0xC3, 'b', 0}, 0, 4); // 0xC3 starts a 2-byte sequence that 'b' does not continue
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexMatches(h, text, 3, message, message.size()));
            assertEquals("text is not valid UTF-8 (at byte 1)", message.getString(0, "UTF-8"));
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexMatches(h, text, -1, message, message.size()));
            assertEquals("textN is -1, want at least 0", message.getString(0, "UTF-8"));
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexMatches(h, null, 5, message, message.size()));
            assertEquals("text is NULL but textN is 5", message.getString(0, "UTF-8"));
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexFindAll(h, text, 1, -1, null, -2, message, message.size()));
            assertEquals("outN is -2, want at least 0", message.getString(0, "UTF-8"));
            assertEquals(1, GoRegexpJna.RegexpLibrary.regexFindAll(h, text, 1, -1, null, 0, message, message.size()),
                    "a count alone, with no buffer");
            offsets.setLong(0, 1);
            offsets.setLong(8, 0);
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexFindEach(h, text, 1, offsets, 1, found, message, message.size()));
            assertEquals("offsets[0:2] = 1, 0: not in order within the 1 bytes of data", message.getString(0, "UTF-8"));
            text.write(0, "é".getBytes(StandardCharsets.UTF_8), 0, 2);
            offsets.setLong(0, 0);
            offsets.setLong(8, 1);
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexFindEach(h, text, 2, offsets, 1, found, message, message.size()));
            assertEquals("text 0 is not valid UTF-8: its bounds 0, 1 split a character", message.getString(0, "UTF-8"));
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexFindEach(h, text, 2, offsets, -1, found, message, message.size()));
            assertEquals("count is -1, want 0 <= count < 2^40", message.getString(0, "UTF-8"));
            assertEquals(0, GoRegexpJna.RegexpLibrary.regexCompile(null, -3, message, message.size()));
            assertEquals("patternN is -3, want at least 0", message.getString(0, "UTF-8"));
        }
    }
    // docs:end raw

    /**
     * A text of 2 Mi chars (a tenth under valgrind, by Stress): linear work, indices right past a
     * thousand surrogate pairs, one handle each, nothing left. Its matches are few, so Go's heap
     * stays small (docs/memcheck.md says why that matters under valgrind).
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aHugeInputIsMatchedAndLeavesNothing(GoRegexp go) {
        String block = "ab".repeat(999) + "🙂"; // 2000 chars
        int blocks = Stress.rounds(1000);
        String text = block.repeat(blocks);
        try (GoPattern whole = go.compile("(?:a|b|🙂)*?🙂\\z"); GoPattern smile = go.compile("🙂")) {
            assertEquals(List.of(new MatchRange(0, text.length())), whole.findAll(text));
            assertTrue(whole.matches(text));
            List<MatchRange> smiles = smile.findAll(text);
            assertEquals(blocks, smiles.size());
            for (int i = 0; i < blocks; i++) {
                assertEquals(new MatchRange(2000 * i + 1998, 2000 * i + 2000), smiles.get(i));
            }
        }
    }

    /** Every match of a dense pattern in a long text: more than the first buffer holds, so the binding asks twice. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void moreMatchesThanTheFirstBufferAreAllReturned(GoRegexp go) {
        String text = "x".repeat(10_000);
        try (GoPattern x = go.compile("x")) {
            List<MatchRange> all = x.findAll(text);
            assertEquals(10_000, all.size());
            assertEquals(new MatchRange(9_999, 10_000), all.get(9_999));
            assertEquals(3, x.findAll(text).subList(0, 3).size());
            assertEquals(List.of(new MatchRange(0, 1), new MatchRange(1, 2)), go.findAll(x.handle(), text, 2));
        }
    }

    // docs:begin threads
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void onePatternServesManyThreadsAtOnce(GoRegexp go) throws InterruptedException {
        try (GoPattern p = go.compile("[0-9]+")) {
            ManyThreads.run(4, Stress.rounds(200), (thread, round) -> {
                String text = "t" + thread + " r" + round + " 🙂 " + (thread * round);
                List<MatchRange> expected = GoRules.javaUtilRegex("[0-9]+", text);
                assertEquals(expected, p.findAll(text));
            });
        }
    }
    // docs:end threads

    /** A close racing many calls: each call either completes or is refused in Java; the handle is freed once. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void closeRacingCallsFreesOnce(GoRegexp go) throws InterruptedException {
        long live = LIB.liveHandles();
        for (int r = 0; r < Stress.rounds(20); r++) {
            GoPattern p = go.compile("b+");
            List<Throwable> unexpected = new ArrayList<>();
            ManyThreads.run(2, 20, (thread, round) -> {
                if (thread == 0 && round == 10) {
                    p.close();
                }
                try {
                    assertEquals(Optional.of(new MatchRange(1, 3)), p.find("abb"));
                } catch (IllegalStateException refused) {
                    // closed: refused in Java, never reached Go
                } catch (Throwable t) {
                    synchronized (unexpected) {
                        unexpected.add(t);
                    }
                }
            });
            assertEquals(List.of(), unexpected);
            assertTrue(p.isClosed());
        }
        assertEquals(live, LIB.liveHandles());
    }
}
