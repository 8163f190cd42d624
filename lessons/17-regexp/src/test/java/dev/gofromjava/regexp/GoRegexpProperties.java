package dev.gofromjava.regexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.GuardedBuffer;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Go's matcher against java.util.regex and re2j on generated patterns and texts, and the buffer
 * rules of regexFindAll. The testkit module checks after every try that no C block or handle is
 * left.
 */
class GoRegexpProperties {
    static final List<GoRegexp> BINDINGS = GoRegexpTest.BINDINGS;

    // docs:begin generator
    /**
     * Patterns from the syntax RE2 and java.util.regex share: literals (ASCII, 'é', a supplementary
     * '🙂'), classes, '.', '^' and '\z', alternation, groups, greedy and lazy {@code * + ? {m,n}}.
     * Left out, because the engines legitimately differ on them: '$' (Java's also matches before a
     * final line terminator), '\b' and (?i) on non-ASCII, POSIX classes, '\s' (Java's includes
     * \v), backreferences and lookaround (RE2 has none). A repeated part that can match empty is
     * generated, and marked: Java reads it differently (see GeneratedPattern).
     */
    static Arbitrary<GeneratedPattern> pattern(int depth) {
        Arbitrary<GeneratedPattern> atom = Arbitraries.of("a", "b", "c", "1", "-", "é", "🙂", "\\.", "\\n",
                ".", "[ab]", "[^a]", "[a-c]", "[^🙂b]", "[🙂é]", "\\d", "\\w", "\\W").map(GeneratedPattern::atom);
        if (depth == 0) {
            return atom;
        }
        Arbitrary<GeneratedPattern> sub = Arbitraries.lazy(() -> pattern(depth - 1));
        Arbitrary<String> quantifier = Arbitraries.of("*", "+", "?", "{2}", "{1,}", "{0,2}", "{1,3}")
                .flatMap(q -> Arbitraries.of(q, q + "?")); // greedy or lazy
        return Arbitraries.frequencyOf(
                Tuple.of(4, atom),
                Tuple.of(3, sub.list().ofMinSize(2).ofMaxSize(3).map(GeneratedPattern::sequence)),
                Tuple.of(2, Combinators.combine(sub, sub).as(GeneratedPattern::either)),
                Tuple.of(2, sub.map(GeneratedPattern::group)),
                Tuple.of(3, Combinators.combine(sub, quantifier).as(GeneratedPattern::repeat)),
                Tuple.of(1, sub.map(GeneratedPattern::atStart)),
                Tuple.of(1, sub.map(GeneratedPattern::atEnd)));
    }

    /** Texts over the atoms' alphabet, with '\n' but no other line terminator ('.' differs on them). */
    static Arbitrary<String> text() {
        return Arbitraries.of("a", "b", "c", "1", "-", ".", " ", "é", "🙂", "\n", "Z")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
    // docs:end generator

    @Provide
    Arbitrary<GeneratedPattern> patterns() {
        return pattern(3);
    }

    @Provide
    Arbitrary<String> texts() {
        return text();
    }

    // docs:begin differential
    /** Go against re2j on every pattern, and against java.util.regex where it reads it as RE2 does. */
    @Property
    void goFindsWhatJavaUtilRegexAndRe2jFind(@ForAll("patterns") GeneratedPattern generated, @ForAll("texts") String text) {
        String pattern = generated.source();
        Statistics.label("compared with").collect(generated.javaReadsItAsRe2Does() ? "both" : "re2j only");
        // The marked patterns are a few in a hundred: most are compared with both engines.
        Statistics.label("compared with").coverage(c -> c.check("both").percentage(pc -> pc >= 50));
        List<MatchRange> byRe2j = GoRules.re2j(pattern, text);
        boolean re2jMatches = com.google.re2j.Pattern.compile(pattern).matcher(text).matches();
        for (GoRegexp go : BINDINGS) {
            try (GoPattern p = go.compile(pattern)) {
                List<MatchRange> fromGo = p.findAll(text);
                assertEquals(byRe2j, fromGo, go + ": re2j");
                assertEquals(re2jMatches, p.matches(text), go + ": re2j matches");
                if (generated.javaReadsItAsRe2Does()) {
                    assertEquals(GoRules.javaUtilRegex(pattern, text), fromGo, go + ": java.util.regex");
                    assertEquals(java.util.regex.Pattern.compile(pattern).matcher(text).matches(), p.matches(text), go + ": matches");
                }
            }
        }
    }
    // docs:end differential

    /**
     * Replacements with neither '$' nor '\', the characters whose meaning differs between Go and
     * Java: each match re2j finds, and nothing else, is replaced.
     */
    @Property
    void replaceAllReplacesTheMatchesRe2jFinds(@ForAll("patterns") GeneratedPattern generated, @ForAll("texts") String text,
            @ForAll("texts") String replacement) {
        String pattern = generated.source();
        StringBuilder expected = new StringBuilder();
        int last = 0;
        for (MatchRange m : GoRules.re2j(pattern, text)) {
            expected.append(text, last, m.start()).append(replacement);
            last = m.end();
        }
        expected.append(text.substring(last));
        for (GoRegexp go : BINDINGS) {
            try (GoPattern p = go.compile(pattern)) {
                assertEquals(expected.toString(), p.replaceAll(text, replacement), go.toString());
            }
        }
    }

    // docs:begin utf16
    /** '.' matches each code point but '\n': its matches are the text's code points, in Java chars. */
    @Property
    void indicesAreJavaCharIndicesWhateverTheText(@ForAll("codePoints") String text) {
        List<MatchRange> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            expected.add(new MatchRange(i, i + Character.charCount(text.codePointAt(i))));
        }
        for (GoRegexp go : BINDINGS) {
            try (GoPattern dot = go.compile(".")) {
                assertEquals(expected, dot.findAll(text), go.toString());
            }
        }
    }

    /** Code points of every UTF-8 length, supplementary ones (two Java chars) among them. */
    @Provide
    Arbitrary<String> codePoints() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.integers().between(0x20, 0x7E)),
                        Tuple.of(2, Arbitraries.integers().between(0x80, 0x7FF)),
                        Tuple.of(2, Arbitraries.integers().between(0x800, 0xD7FF)),
                        Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                        Tuple.of(3, Arbitraries.integers().between(0x10000, 0x10FFFF)))
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
    void findAllIntoWritesAllOrNothingAndNeverPastTheBuffer(@ForAll("patterns") GeneratedPattern pattern,
            @ForAll("texts") String text) {
        for (GoRegexp go : BINDINGS) {
            try (GoPattern p = go.compile(pattern.source())) {
                List<MatchRange> all = p.findAll(text);
                for (int longs = 0; longs <= 2 * all.size() + 2; longs++) {
                    try (GuardedBuffer out = GuardedBuffer.allocate((long) Long.BYTES * longs)) {
                        assertEquals(all.size(), go.findAllInto(p.handle(), text, -1, out.segment()), go + ": count");
                        out.checkGuards();
                        for (int i = 0; i < longs; i++) {
                            long value = out.segment().getAtIndex(ValueLayout.JAVA_LONG, i);
                            if (longs < 2 * all.size()) {
                                assertEquals(0x5A5A5A5A5A5A5A5AL, value, go + ": too small: nothing written, at " + i);
                            } else if (i < 2 * all.size()) {
                                MatchRange m = all.get(i / 2);
                                assertEquals(i % 2 == 0 ? m.start() : m.end(), value, go + ": match " + i / 2);
                            } else {
                                assertEquals(0x5A5A5A5A5A5A5A5AL, value, go + ": past the matches, at " + i);
                            }
                        }
                    }
                }
            }
        }
    }
    // docs:end capacity

    /**
     * Many texts in one call: for each text, whether re2j finds a match in it, and the same
     * answers as Go's own call per text.
     */
    @Property
    void findEachIsFindOnEachText(@ForAll("patterns") GeneratedPattern pattern, @ForAll("textLists") List<String> texts) {
        com.google.re2j.Pattern re2j = com.google.re2j.Pattern.compile(pattern.source());
        boolean[] byRe2j = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            byRe2j[i] = re2j.matcher(texts.get(i)).find();
        }
        for (GoRegexp go : BINDINGS) {
            try (GoPattern p = go.compile(pattern.source())) {
                boolean[] oneCallEach = new boolean[texts.size()];
                for (int i = 0; i < texts.size(); i++) {
                    oneCallEach[i] = p.find(texts.get(i)).isPresent();
                }
                boolean[] inOneCall = p.findEach(texts);
                assertArrayEquals(byRe2j, inOneCall, go + ": re2j");
                assertArrayEquals(oneCallEach, inOneCall, go + ": Go, one call per text");
            }
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

    /**
     * Found by the differential property: Java ends a loop at an iteration that matches empty,
     * even before its minimum count, and RE2 does not. In "a", (?:^a*){2} can match "a" only with
     * an empty first iteration, which ends Java's loop; in "-", (?:^-*?){2} matches the whole text
     * only with an empty first iteration, so Matcher.matches() is false.
     */
    @Example
    void anIterationThatMatchesEmptyEndsJavasLoopButNotRe2s() {
        assertEquals(List.of(new MatchRange(0, 0)), GoRules.javaUtilRegex("(?:^a*){2}", "a"));
        assertEquals(List.of(new MatchRange(0, 1)), GoRules.re2j("(?:^a*){2}", "a"));
        assertEquals(false, java.util.regex.Pattern.compile("(?:^-*?){2}").matcher("-").matches());
        assertEquals(true, com.google.re2j.Pattern.compile("(?:^-*?){2}").matcher("-").matches());
        for (GoRegexp go : BINDINGS) {
            try (GoPattern p = go.compile("(?:^a*){2}"); GoPattern whole = go.compile("(?:^-*?){2}")) {
                assertEquals(List.of(new MatchRange(0, 1)), p.findAll("a"), go.toString());
                assertEquals(true, whole.matches("-"), go.toString());
            }
        }
    }

    /** The mark is on exactly the patterns that repeat a part that can match empty, as parsed. */
    @Example
    void theGeneratorMarksExactlyTheRepeatsOfWhatCanMatchEmpty() {
        GeneratedPattern a = GeneratedPattern.atom("a");
        GeneratedPattern b = GeneratedPattern.atom("b");
        GeneratedPattern aStar = GeneratedPattern.repeat(a, "*");
        assertEquals(false, aStar.repeatsWhatCanMatchEmpty(), "(?:a)*");
        assertEquals(true, GeneratedPattern.repeat(aStar, "{2}").repeatsWhatCanMatchEmpty(), "(?:(?:a)*){2}");
        assertEquals(false, GeneratedPattern.repeat(aStar, "?").repeatsWhatCanMatchEmpty(), "an option is no loop");
        // "a|(?:b)*" then "a" is a|(?:b)*a: neither alternative matches empty, so repeating it is fine ...
        GeneratedPattern joined = GeneratedPattern.sequence(List.of(GeneratedPattern.either(a, GeneratedPattern.repeat(b, "*")), a));
        assertEquals("a|(?:b)*a", joined.source());
        assertEquals(false, GeneratedPattern.repeat(joined, "+").repeatsWhatCanMatchEmpty(), joined.source());
        // ... while "a" then "(?:b)*|b" is a(?:b)*|b, and "(?:b)*" then "a|b" is (?:b)*a|b: none empty either;
        // "(?:b)*" then "(?:b)*|a" is (?:b)*(?:b)*|a, whose first alternative matches empty.
        GeneratedPattern emptyFirst = GeneratedPattern.sequence(List.of(GeneratedPattern.repeat(b, "*"),
                GeneratedPattern.either(GeneratedPattern.repeat(b, "*"), a)));
        assertEquals("(?:b)*(?:b)*|a", emptyFirst.source());
        assertEquals(true, GeneratedPattern.repeat(emptyFirst, "+").repeatsWhatCanMatchEmpty(), emptyFirst.source());
        assertEquals(true, GeneratedPattern.atStart(GeneratedPattern.atEnd(emptyFirst)).canMatchEmpty(), "anchors match nothing");
    }
}
