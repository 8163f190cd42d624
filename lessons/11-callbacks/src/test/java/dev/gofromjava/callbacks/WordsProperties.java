package dev.gofromjava.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Every property runs against both bindings, on texts made of words and white space of many
 * kinds; what Go visits is compared with Java's own split of the text ({@link WordsTest#fields}).
 */
class WordsProperties {
    private static final List<Words> BINDINGS = WordsTest.BINDINGS;

    /** Pieces of text: words (ASCII, accented, CJK, outside the BMP, a NUL) and white space, Unicode's and not. */
    private static final List<String> PIECES = List.of("a", "go", "Java", "é", "日本", "😀", "\0", "x\u200by", "\u180e",
            " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u0085", "\u00a0", "\u1680", "\u2003", "\u2028", "\u202f", "\u3000");

    @Property
    void walkVisitsExactlyTheWordsInOrder(@ForAll("texts") String text) {
        List<String> want = WordsTest.fields(text);
        for (Words go : BINDINGS) {
            List<String> seen = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            int visits = go.walk(text, w -> {
                indexes.add(w.index());
                return seen.add(w.text());
            });
            assertEquals(want, seen, go.toString());
            assertEquals(want.size(), visits, go.toString());
            for (int i = 0; i < indexes.size(); i++) {
                assertEquals(i, indexes.get(i), go.toString());
            }
        }
    }

    @Property
    void stoppingAtKStopsExactlyThere(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 40) int k) {
        List<String> want = WordsTest.fields(text);
        for (Words go : BINDINGS) {
            List<String> seen = new ArrayList<>();
            int visits = go.walk(text, w -> seen.add(w.text()) && w.index() != k);
            List<String> upToK = want.subList(0, Math.min(k + 1, want.size()));
            assertEquals(upToK, seen, go.toString());
            assertEquals(upToK.size(), visits, go.toString());
        }
    }

    @Property
    void anExceptionAtAnyPositionSurfacesOnce(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 40) int k) {
        int words = WordsTest.fields(text).size();
        for (Words go : BINDINGS) {
            AtomicInteger visits = new AtomicInteger();
            RuntimeException thrown = new IllegalStateException("at " + k);
            Words.Visitor visitor = w -> {
                visits.incrementAndGet();
                if (w.index() == k) {
                    throw thrown;
                }
                return true;
            };
            if (k >= words) {
                assertEquals(words, go.walk(text, visitor), go.toString());
                continue;
            }
            var e = assertThrows(GoErrorException.class, () -> go.walk(text, visitor), go.toString());
            assertSame(thrown, e.getCause(), go.toString());
            assertEquals(0, e.getSuppressed().length, go.toString());
            assertEquals("the visitor failed at word #" + k, e.goMessage(), go.toString());
            assertEquals(k + 1, visits.get(), go + ": visits after the exception");
        }
    }

    @Property
    void walkParallelVisitsEachWordOnceOnGoThreads(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 8) int workers) {
        List<String> want = WordsTest.fields(text);
        for (Words go : BINDINGS) {
            long caller = go.osThread();
            Map<Integer, String> seen = new ConcurrentHashMap<>();
            AtomicInteger repeats = new AtomicInteger();
            AtomicBoolean onCaller = new AtomicBoolean();
            int visits = go.walkParallel(text, workers, w -> {
                if (seen.put(w.index(), w.text()) != null) {
                    repeats.incrementAndGet();
                }
                onCaller.compareAndSet(false, w.osThread() == caller);
                return true;
            });
            assertEquals(want.size(), visits, go.toString());
            assertEquals(0, repeats.get(), go + ": words visited twice");
            assertEquals(want.size(), seen.size(), go.toString());
            for (int i = 0; i < want.size(); i++) {
                assertEquals(want.get(i), seen.get(i), go + " word #" + i);
            }
            assertFalse(onCaller.get(), go + ": a visit on the caller's thread");
        }
    }

    /**
     * A visit returning false stops a parallel walk: the stopping word was visited, no word twice,
     * and the count returned is the visits made. With one goroutine, the walk stops exactly there.
     * (With more, how many visits the others begin meanwhile depends on the scheduler.)
     */
    @Property
    void aStopEndsTheParallelWalk(@ForAll("texts") String text,
            @ForAll @IntRange(min = 0, max = 40) int k, @ForAll @IntRange(min = 1, max = 8) int workers) {
        int words = WordsTest.fields(text).size();
        for (Words go : BINDINGS) {
            List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            int visits = go.walkParallel(text, workers, w -> {
                seen.add(w.index());
                return w.index() != k;
            });
            assertEquals(seen.size(), visits, go.toString());
            assertEquals(seen.size(), Set.copyOf(seen).size(), go + ": a word visited twice, " + seen);
            if (k >= words) {
                assertEquals(words, visits, go.toString());
            } else if (workers == 1) {
                assertEquals(java.util.stream.IntStream.rangeClosed(0, k).boxed().toList(), seen, go.toString());
            } else {
                assertTrue(seen.contains(k), go.toString());
            }
        }
    }

    /**
     * Visits throw at a set of positions, from several goroutines: one exception reaches the
     * caller; its cause and suppressed exceptions are exactly those thrown, each once, by index.
     * The first visits wait until each goroutine has one under way, so throws among the first
     * {@code workers} words happen at once, and every one of them happens.
     */
    @Property
    void exceptionsFromGoroutinesSurfaceOnce(@ForAll("texts") String text,
            @ForAll @Size(max = 6) Set<@IntRange(min = 0, max = 40) Integer> throwAt, @ForAll @IntRange(min = 1, max = 8) int workers) {
        int words = WordsTest.fields(text).size();
        for (Words go : BINDINGS) {
            ConcurrentSkipListMap<Integer, Throwable> thrown = new ConcurrentSkipListMap<>();
            int together = Math.min(workers, words);
            CountDownLatch underWay = new CountDownLatch(together);
            Words.Visitor visitor = w -> {
                underWay.countDown();
                try {
                    underWay.await(60, TimeUnit.SECONDS); // on time out, go on; the check below fails
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                }
                if (throwAt.contains(w.index())) {
                    RuntimeException x = new IllegalStateException("at " + w.index());
                    thrown.put(w.index(), x);
                    throw x;
                }
                return true;
            };
            if (throwAt.stream().allMatch(i -> i >= words)) {
                assertEquals(words, go.walkParallel(text, workers, visitor), go.toString());
                continue;
            }
            var e = assertThrows(GoErrorException.class, () -> go.walkParallel(text, workers, visitor), go.toString());
            for (int i : throwAt) {
                if (i < together) {
                    assertTrue(thrown.containsKey(i), go + ": word #" + i + " was under way with the others, and threw");
                }
            }
            List<Throwable> reported = new ArrayList<>(List.of(e.getCause()));
            reported.addAll(List.of(e.getSuppressed()));
            assertEquals(List.copyOf(thrown.values()), reported, go.toString());
            assertEquals("the visitor failed at word #" + thrown.firstKey()
                    + (thrown.size() > 1 ? " and at " + (thrown.size() - 1) + " more" : ""), e.goMessage(), go.toString());
        }
    }

    /** A long text on every run, whatever the number of tries. */
    @Example
    void aLongTextToo() {
        String text = String.join(" ", java.util.Collections.nCopies(5000, "日本 go\u3000😀"));
        walkVisitsExactlyTheWordsInOrder(text);
        walkParallelVisitsEachWordOnceOnGoThreads(text, 8);
    }

    /** Mostly short texts, sometimes up to 2000 pieces. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        return Arbitraries.frequencyOf(
                Tuple.of(8, piece.list().ofMaxSize(60)),
                Tuple.of(1, piece.list().ofMaxSize(2000)))
                .map(pieces -> String.join("", pieces));
    }
}
