package dev.gofromjava.regexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.support.GuardedBuffer;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Go's matcher against java.util.regex and re2j on generated patterns and texts, and the buffer
 * rules of regexFindAll. The support module checks after every try that no C block or handle is
 * left.
 */
class GoRegexpProperties {
    static final List<GoRegexp> BINDINGS = GoRegexpTest.BINDINGS;

    // docs:begin generator
    /**
     * Patterns from the syntax RE2 and java.util.regex share and mean alike: literals (ASCII,
     * 'é', a supplementary '🙂'), classes, '.', '^' and '\z', alternation, groups, greedy and lazy
     * {@code * + ? {m,n}}. Left out, because the engines legitimately differ on them: '$' (Java's
     * also matches before a final line terminator), '\b' and (?i) on non-ASCII, POSIX classes,
     * '\s' (Java's includes \v), backreferences and lookaround (RE2 has none).
     */
    static Arbitrary<String> pattern(int depth) {
        Arbitrary<String> atom = Arbitraries.of("a", "b", "c", "1", "-", "é", "🙂", "\\.", "\\n",
                ".", "[ab]", "[^a]", "[a-c]", "[^🙂b]", "[🙂é]", "\\d", "\\w", "\\W");
        if (depth == 0) {
            return atom;
        }
        Arbitrary<String> sub = Arbitraries.lazy(() -> pattern(depth - 1));
        Arbitrary<String> quantifier = Arbitraries.of("*", "+", "?", "{2}", "{1,}", "{0,2}", "{1,3}")
                .flatMap(q -> Arbitraries.of(q, q + "?")); // greedy or lazy
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, atom),
                net.jqwik.api.Tuple.of(3, sub.list().ofMinSize(2).ofMaxSize(3).map(parts -> String.join("", parts))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as((x, y) -> x + "|" + y)),
                net.jqwik.api.Tuple.of(2, sub.map(x -> "(" + x + ")")),
                net.jqwik.api.Tuple.of(3, Combinators.combine(sub, quantifier).as((x, q) -> "(?:" + x + ")" + q)),
                net.jqwik.api.Tuple.of(1, sub.map(x -> "^" + x)),
                net.jqwik.api.Tuple.of(1, sub.map(x -> x + "\\z")));
    }

    /** Texts over the atoms' alphabet, with '\n' but no other line terminator ('.' differs on them). */
    static Arbitrary<String> text() {
        return Arbitraries.of("a", "b", "c", "1", "-", ".", " ", "é", "🙂", "\n", "Z")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
    // docs:end generator

    @Provide
    Arbitrary<String> patterns() {
        return pattern(3);
    }

    @Provide
    Arbitrary<String> texts() {
        return text();
    }

    @Provide
    Arbitrary<GoRegexp> bindings() {
        return Arbitraries.of(BINDINGS);
    }

    // docs:begin differential
    @Property
    void goFindsWhatJavaUtilRegexAndRe2jFind(@ForAll("bindings") GoRegexp go, @ForAll("patterns") String pattern,
            @ForAll("texts") String text) {
        try (GoPattern p = go.compile(pattern)) {
            List<MatchRange> fromGo = p.findAll(text);
            assertEquals(GoRules.javaUtilRegex(pattern, text), fromGo, "java.util.regex");
            assertEquals(GoRules.re2j(pattern, text), fromGo, "re2j");
            assertEquals(java.util.regex.Pattern.compile(pattern).matcher(text).matches(), p.matches(text), "matches");
        }
    }
    // docs:end differential

    /** Replacements with neither '$' nor '\', the characters whose meaning differs between Go and Java. */
    @Property
    void replaceAllAgreesWithGoRulesOverJavaUtilRegex(@ForAll("bindings") GoRegexp go, @ForAll("patterns") String pattern,
            @ForAll("texts") String text, @ForAll("texts") String replacement) {
        StringBuilder expected = new StringBuilder();
        int last = 0;
        for (MatchRange m : GoRules.javaUtilRegex(pattern, text)) {
            expected.append(text, last, m.start()).append(replacement);
            last = m.end();
        }
        expected.append(text.substring(last));
        try (GoPattern p = go.compile(pattern)) {
            assertEquals(expected.toString(), p.replaceAll(text, replacement));
        }
    }

    // docs:begin utf16
    /** '.' matches each code point but '\n': its matches are the text's code points, in Java chars. */
    @Property
    void indicesAreJavaCharIndicesWhateverTheText(@ForAll("bindings") GoRegexp go,
            @ForAll("codePoints") String text) {
        List<MatchRange> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            expected.add(new MatchRange(i, i + Character.charCount(text.codePointAt(i))));
        }
        try (GoPattern dot = go.compile(".")) {
            assertEquals(expected, dot.findAll(text));
        }
    }

    /** Code points of every UTF-8 length, supplementary ones (two Java chars) among them. */
    @Provide
    Arbitrary<String> codePoints() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x80, 0x7FF)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x800, 0xD7FF)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x10000, 0x10FFFF)))
                .list().ofMaxSize(30)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }
    // docs:end utf16

    // docs:begin capacity
    /**
     * regexFindAll at every capacity from 0 to what it needs and beyond: it always returns the
     * number of matches, writes them all when they fit and nothing at all when they do not, and
     * never writes outside the buffer.
     */
    @Property
    void findAllIntoWritesAllOrNothingAndNeverPastTheBuffer(@ForAll("bindings") GoRegexp go,
            @ForAll("patterns") String pattern, @ForAll("texts") String text) {
        try (GoPattern p = go.compile(pattern)) {
            List<MatchRange> all = p.findAll(text);
            for (int longs = 0; longs <= 2 * all.size() + 2; longs++) {
                try (GuardedBuffer out = GuardedBuffer.allocate((long) Long.BYTES * longs)) {
                    assertEquals(all.size(), go.findAllInto(p.handle(), text, -1, out.segment()));
                    out.checkGuards();
                    for (int i = 0; i < longs; i++) {
                        long value = out.segment().getAtIndex(ValueLayout.JAVA_LONG, i);
                        if (longs < 2 * all.size()) {
                            assertEquals(0x5A5A5A5A5A5A5A5AL, value, "too small: nothing written, at " + i);
                        } else if (i < 2 * all.size()) {
                            MatchRange m = all.get(i / 2);
                            assertEquals(i % 2 == 0 ? m.start() : m.end(), value, "match " + i / 2);
                        } else {
                            assertEquals(0x5A5A5A5A5A5A5A5AL, value, "past the matches, at " + i);
                        }
                    }
                }
            }
        }
    }
    // docs:end capacity

    /** Many texts in one call: the same answers as one call each. */
    @Property
    void findEachIsFindOnEachText(@ForAll("bindings") GoRegexp go, @ForAll("patterns") String pattern,
            @ForAll("textLists") List<String> texts) {
        try (GoPattern p = go.compile(pattern)) {
            boolean[] expected = new boolean[texts.size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = p.find(texts.get(i)).isPresent();
            }
            assertArrayEquals(expected, p.findEach(texts));
        }
    }

    @Provide
    Arbitrary<List<String>> textLists() {
        return text().list().ofMaxSize(6);
    }

    /** java.util.regex's own find() loop reports the empty match after "aaa"; Go, and GoRules, skip it. */
    @Example
    void anEmptyMatchRightAfterAMatchIsWhereTheEnginesDiffer() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("a*").matcher("baaa");
        List<MatchRange> javaLoop = new ArrayList<>();
        while (m.find()) {
            javaLoop.add(new MatchRange(m.start(), m.end()));
        }
        assertEquals(List.of(new MatchRange(0, 0), new MatchRange(1, 4), new MatchRange(4, 4)), javaLoop);
        List<MatchRange> goRule = List.of(new MatchRange(0, 0), new MatchRange(1, 4));
        assertEquals(goRule, GoRules.javaUtilRegex("a*", "baaa"));
        for (GoRegexp go : BINDINGS) {
            try (GoPattern p = go.compile("a*")) {
                assertEquals(goRule, p.findAll("baaa"), go.toString());
            }
        }
    }
}
