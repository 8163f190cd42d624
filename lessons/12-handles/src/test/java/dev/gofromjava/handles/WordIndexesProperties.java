package dev.gofromjava.handles;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Indexes against a model: a Java {@code HashMap} of counts per index. Any sequence of creating,
 * adding, asking for the top words, snapshotting, closing, closing again, and using after close
 * (through the wrapper and past it) agrees with the model, through either binding; the live
 * handles are always the open indexes, and back to none at the end (the testkit module's hook
 * checks that after every try).
 */
class WordIndexesProperties {
    private static final GoLibrary LIB = WordIndexesTest.LIB;
    private static final List<WordIndexes> BINDINGS = WordIndexesTest.BINDINGS;
    /** What GuardedBuffer.allocate fills the usable bytes with: any other value there was written. */
    private static final byte FILL = 0x5A;

    // docs:begin model
    /** The model's answer to top(k): count descending, ties in UTF-8 byte order, as Go sorts. */
    static List<WordCount> top(Map<String, Long> counts, long k) {
        return counts.entrySet().stream().map(e -> new WordCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(WordCount::count).reversed().thenComparing(WordCount::word, BY_UTF8))
                .limit(k).toList();
    }

    /** Go compares strings byte by byte; Java's compareTo compares UTF-16 units, which orders some differently. */
    static final Comparator<String> BY_UTF8 = (a, b) -> Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8));

    /** The model's words of a text: the runs between ASCII white space, as Go splits them. */
    static List<String> words(String text) {
        return Arrays.stream(text.split("[ \\t\\n\\u000B\\f\\r]+")).filter(w -> !w.isEmpty()).toList();
    }
    // docs:end model

    /** The indexes a chain made, each with its model, and the ones it closed. */
    static final class Model {
        final long baseline = LIB.liveHandles();
        final List<WordIndex> open = new ArrayList<>();
        final List<Map<String, Long>> counts = new ArrayList<>();
        final List<WordIndex> closed = new ArrayList<>();

        void closeAll() {
            open.forEach(WordIndex::close);
        }

        @Override
        public String toString() {
            return open.size() + " open, " + closed.size() + " closed";
        }
    }

    // docs:begin chain
    @Property
    void anySequenceAgreesWithTheModel(@ForAll("sequences") ActionChain<Model> chain) {
        chain.withInvariant("live handles == open indexes",
                m -> assertEquals(m.baseline + m.open.size(), LIB.liveHandles(), m.toString()));
        try {
            chain.run();
        } finally {
            chain.finalState().ifPresent(Model::closeAll);
        }
    }

    @Provide
    Arbitrary<ActionChain<Model>> sequences() {
        return ActionChain.startWith(Model::new)
                .withAction(2, new Create())
                .withAction(5, new Add())
                .withAction(3, new Top())
                .withAction(2, new Snapshot())
                .withAction(2, new Close())
                .withAction(new CloseAgain())
                .withAction(new UseAfterClose())
                .withAction(new FreedHandleInGo())
                .withAction(new ForgedHandle())
                .withMaxTransformations(40);
    }
    // docs:end chain

    /** Words from a small alphabet, so they repeat; non-ASCII and U+00A0 (not a separator) among them. */
    static Arbitrary<String> textArbitrary() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abAé界\u00a0").ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> space = Arbitraries.strings().withChars(" \t\n\u000B\f\r").ofMinLength(1).ofMaxLength(2);
        return Combinators.combine(word.list().ofMaxSize(8), space.list().ofSize(9))
                .as((words, spaces) -> {
                    StringBuilder text = new StringBuilder(spaces.get(0).substring(1)); // may start with space, or not
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(i + 1 < words.size() ? spaces.get(i + 1) : spaces.get(8).substring(1));
                    }
                    return text.toString();
                });
    }

    static final class Create implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            return Arbitraries.of(BINDINGS).map(go -> Transformer.mutate("create (" + go + ")", m -> {
                m.open.add(go.newIndex());
                m.counts.add(new HashMap<>());
            }));
        }
    }

    /** An action on one open index: which one, and what to do. */
    abstract static class OnOpen implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.open.isEmpty();
        }
    }

    /** An action on one closed index. */
    abstract static class OnClosed implements Action.Dependent<Model> {
        @Override
        public boolean precondition(Model m) {
            return !m.closed.isEmpty();
        }
    }

    static final class Add extends OnOpen {
        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Combinators.combine(Arbitraries.integers().between(0, m.open.size() - 1), textArbitrary())
                    .as((i, text) -> Transformer.mutate("add " + i + " " + text.replace("\n", "\\n"), model -> {
                        List<String> words = words(text);
                        assertEquals(words.size(), model.open.get(i).add(text), "words counted");
                        words.forEach(w -> model.counts.get(i).merge(w, 1L, Long::sum));
                    }));
        }
    }

    static final class Top extends OnOpen {
        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Combinators.combine(Arbitraries.integers().between(0, m.open.size() - 1), Arbitraries.integers().between(0, 12))
                    .as((i, k) -> Transformer.mutate("top " + i + " k=" + k, model ->
                            assertEquals(top(model.counts.get(i), k), model.open.get(i).top(k))));
        }
    }

    static final class Snapshot extends OnOpen {
        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.open.size() - 1).map(i -> Transformer.mutate("snapshot " + i, model -> {
                WordSnapshot snapshot = model.open.get(i).snapshot();
                try (snapshot) {
                    List<WordCount> expected = model.counts.get(i).entrySet().stream()
                            .map(e -> new WordCount(e.getKey(), e.getValue()))
                            .sorted(Comparator.comparing(WordCount::word, BY_UTF8)).toList();
                    assertEquals(expected, snapshot.entries());
                    String text = expected.stream().map(wc -> wc + "\n").collect(Collectors.joining());
                    assertEquals(text.getBytes(UTF_8).length, snapshot.byteSize());
                }
                assertThrows(IllegalStateException.class, () -> snapshot.byteAt(0));
            }));
        }
    }

    static final class Close extends OnOpen {
        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.open.size() - 1).map(i -> Transformer.mutate("close " + i, model -> {
                WordIndex index = model.open.remove((int) i);
                model.counts.remove((int) i);
                index.close();
                model.closed.add(index);
            }));
        }
    }

    static final class CloseAgain extends OnClosed {
        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.closed.size() - 1)
                    .map(i -> Transformer.mutate("close again " + i, model -> model.closed.get(i).close()));
        }
    }

    static final class UseAfterClose extends OnClosed {
        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Arbitraries.integers().between(0, m.closed.size() - 1).map(i -> Transformer.mutate("use closed " + i, model -> {
                WordIndex index = model.closed.get(i);
                assertThrows(IllegalStateException.class, () -> index.add("late"));
                assertThrows(IllegalStateException.class, () -> index.top(1));
                assertThrows(IllegalStateException.class, index::snapshot);
            }));
        }
    }

    /** Past the wrapper: a freed handle reaches Go, through either binding, and Go refuses it by name. */
    static final class FreedHandleInGo extends OnClosed {
        @Override
        public Arbitrary<Transformer<Model>> transformer(Model m) {
            return Combinators.combine(Arbitraries.integers().between(0, m.closed.size() - 1), Arbitraries.of(BINDINGS))
                    .as((i, go) -> Transformer.mutate("freed handle " + i + " (" + go + ")", model -> {
                        long handle = model.closed.get(i).handle();
                        String invalid = WordIndexesTest.invalid(handle);
                        assertEquals(invalid, assertThrows(GoErrorException.class, () -> go.add(handle, "x")).goMessage());
                        assertEquals(invalid, assertThrows(GoErrorException.class, () -> go.top(handle, 1)).goMessage());
                        assertEquals(invalid, assertThrows(GoErrorException.class, () -> go.snapshot(handle)).goMessage());
                        assertEquals(invalid, assertThrows(GoErrorException.class, () -> go.free(handle)).goMessage());
                    }));
        }
    }

    /** A number no newIndex returned: far past any handle made, or negative. */
    static final class ForgedHandle implements Action.Independent<Model> {
        @Override
        public Arbitrary<Transformer<Model>> transformer() {
            Arbitrary<Long> forged = Arbitraries.oneOf(Arbitraries.longs().between(1L << 40, Long.MAX_VALUE),
                    Arbitraries.longs().between(Long.MIN_VALUE, 0));
            return Combinators.combine(forged, Arbitraries.of(BINDINGS)).as((handle, go) ->
                    Transformer.mutate("forged " + handle + " (" + go + ")", model -> {
                        String invalid = WordIndexesTest.invalid(handle);
                        assertEquals(invalid, assertThrows(GoErrorException.class, () -> go.add(handle, "x")).goMessage());
                        assertEquals(invalid, assertThrows(GoErrorException.class, () -> go.free(handle)).goMessage());
                    }));
        }
    }

    /**
     * Any index, any k, any capacity up to need+8: when need <= capacity the buffer holds the
     * model's top k, its NUL, and nothing else; otherwise "" (when it has a byte) and nothing
     * else. Go returns need either way, and the guards never change.
     */
    @Property
    void topIntoAnyCapacity(@ForAll("texts") String text, @ForAll @IntRange(max = 12) int k,
                            @ForAll @IntRange(max = 80) int capacity) {
        Map<String, Long> counts = new HashMap<>();
        words(text).forEach(w -> counts.merge(w, 1L, Long::sum));
        byte[] expected = top(counts, k).stream().map(WordCount::toString).collect(Collectors.joining("\n")).getBytes(UTF_8);
        long need = expected.length + 1L;
        for (WordIndexes go : BINDINGS) {
            try (WordIndex index = go.newIndex(); GuardedBuffer buf = GuardedBuffer.allocate(capacity, FILL)) {
                index.add(text);
                MemorySegment out = buf.segment();
                assertEquals(need, go.topInto(index.handle(), k, out), go + " need");
                long written = 0;
                if (need <= capacity) {
                    assertEquals(new String(expected, UTF_8), buf.cString(), go + " result");
                    written = need;
                } else if (capacity >= 1) {
                    assertEquals(0, out.get(JAVA_BYTE, 0), go + " an empty string is left");
                    written = 1;
                }
                for (long j = written; j < capacity; j++) {
                    assertEquals(FILL, out.get(JAVA_BYTE, j), go + " byte " + j + " past what Go wrote");
                }
            } // close() fails if a guard byte changed
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return textArbitrary();
    }

    /** The tie-break the model must copy from Go: UTF-8 bytes, not Java's UTF-16 compareTo. */
    @Example
    void tiesAreInUtf8ByteOrder() {
        // U+E000 sorts after U+1F642 in UTF-16 (0xE000 > 0xD83D) but before it in UTF-8 (0xEE < 0xF0).
        for (WordIndexes go : BINDINGS) {
            try (WordIndex index = go.newIndex()) {
                index.add("🙂 \ue000");
                assertEquals(List.of(new WordCount("\ue000", 1), new WordCount("🙂", 1)), index.top(2), go.toString());
                assertEquals(top(Map.of("🙂", 1L, "\ue000", 1L), 2), index.top(2), go + " the model agrees");
            }
        }
    }
}
