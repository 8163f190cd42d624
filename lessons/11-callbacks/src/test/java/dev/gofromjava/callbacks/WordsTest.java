package dev.gofromjava.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Callback;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.testkit.Stress;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each against both bindings (the testkit module checks the ledger after each). */
class WordsTest {
    static final List<Words> BINDINGS = List.of(new WordsFfm(), new WordsJna());

    /** The words as Go's strings.Fields splits them: runs of Unicode white space separate them. */
    static List<String> fields(String text) {
        return Arrays.stream(text.split("\\p{IsWhite_Space}+")).filter(w -> !w.isEmpty()).toList();
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void visitsEveryWordInOrder(Words go) {
        List<String> seen = new ArrayList<>();
        assertEquals(4, go.walk(" one\ttwo\n three\u3000four ", w -> seen.add(w.index() + ":" + w.text())));
        assertEquals(List.of("0:one", "1:two", "2:three", "3:four"), seen);
    }

    /** Go takes a length, not a C string: a NUL is part of a word; non-ASCII words arrive whole. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void wordsAreTheTextsOwnBytes(Words go) {
        List<String> seen = new ArrayList<>();
        go.walk("a\0b 日本語\u00a0😀x \u200bz", w -> seen.add(w.text()));
        assertEquals(List.of("a\0b", "日本語", "😀x", "\u200bz"), seen);
        assertEquals(0, go.walk("", w -> { throw new AssertionError("no words, no visit"); }));
        assertEquals(0, go.walkParallel(" \t\n\u2028 ", 3, w -> { throw new AssertionError("no words, no visit"); }));
    }

    /** walk calls back on the caller's own thread: the same OS thread and the same Java thread. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void walkCallsBackOnTheCallersThread(Words go) {
        long caller = go.osThread();
        Thread me = Thread.currentThread();
        go.walk("a b c d e f", w -> {
            assertEquals(caller, w.osThread());
            assertSame(me, Thread.currentThread());
            return true;
        });
    }

    /** walkParallel calls back on threads Go created, which the JVM attached as daemons. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void walkParallelCallsBackOnGoThreads(Words go) {
        long caller = go.osThread();
        Set<Long> osThreads = ConcurrentHashMap.newKeySet();
        Set<Thread> javaThreads = ConcurrentHashMap.newKeySet();
        assertEquals(2000, go.walkParallel("w ".repeat(2000), 8, w -> {
            osThreads.add(w.osThread());
            javaThreads.add(Thread.currentThread());
            return true;
        }));
        assertFalse(osThreads.contains(caller), "a visit ran on the caller's thread");
        assertFalse(javaThreads.contains(Thread.currentThread()));
        assertTrue(javaThreads.stream().allMatch(Thread::isDaemon), javaThreads.toString());
    }

    /**
     * The rule that lets the upcall die with the call: every visit has ended before walkParallel
     * returns, and none comes after. Each visit sleeps, so a walk that returned early would be seen.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void noVisitOutlivesTheWalk(Words go) throws InterruptedException {
        AtomicBoolean returned = new AtomicBoolean();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        int visits = go.walkParallel("w ".repeat(64), 8, w -> {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (returned.get()) {
                late.incrementAndGet();
            }
            ended.incrementAndGet();
            return true;
        });
        returned.set(true);
        assertEquals(64, visits);
        assertEquals(64, ended.get(), "visits still running when walkParallel returned");
        Thread.sleep(50);
        assertEquals(0, late.get(), "visits after walkParallel returned");
        assertEquals(64, ended.get());
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aThrowingVisitorStopsTheWalkAndIsTheCause(Words go) {
        RuntimeException thrown = new UnsupportedOperationException("not c");
        List<String> seen = new ArrayList<>();
        var e = assertThrows(GoErrorException.class, () -> go.walk("a b c d", w -> {
            seen.add(w.text());
            if (w.text().equals("c")) {
                throw thrown;
            }
            return true;
        }));
        assertSame(thrown, e.getCause());
        assertEquals(0, e.getSuppressed().length);
        assertEquals("walkWords", e.export());
        assertEquals("the visitor failed at word #2", e.goMessage());
        assertEquals(List.of("a", "b", "c"), seen);
    }

    /**
     * Four goroutines' visits throw at once: each waits until all four are under way, so none can
     * see another's failure first. One exception reaches the caller, carrying each thrown one once.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void manyGoroutinesThrowingSurfaceAsOneException(Words go) {
        int workers = 4;
        CountDownLatch together = new CountDownLatch(workers);
        ConcurrentSkipListMap<Integer, Throwable> thrown = new ConcurrentSkipListMap<>();
        var e = assertThrows(GoErrorException.class, () -> go.walkParallel("w ".repeat(100), workers, w -> {
            together.countDown();
            try {
                together.await(60, TimeUnit.SECONDS); // on time out, throw all the same; the count below fails
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
            RuntimeException x = new IllegalStateException("word " + w.index());
            thrown.put(w.index(), x);
            throw x;
        }));
        assertEquals(List.of(0, 1, 2, 3), List.copyOf(thrown.keySet()), "the four words taken before any visit returned");
        List<Throwable> reported = new ArrayList<>(List.of(e.getCause()));
        reported.addAll(List.of(e.getSuppressed()));
        assertEquals(List.copyOf(thrown.values()), reported);
        assertEquals("the visitor failed at word #0 and at 3 more", e.goMessage());
    }

    /** A thrown visitor never reaches JNA's own handler for exceptions that escape a callback. */
    @Test
    void jnaNeverSeesTheVisitorsException() {
        Callback.UncaughtExceptionHandler before = Native.getCallbackExceptionHandler();
        ConcurrentLinkedQueue<Throwable> escaped = new ConcurrentLinkedQueue<>();
        Native.setCallbackExceptionHandler((callback, t) -> escaped.add(t));
        try {
            Words go = new WordsJna();
            assertThrows(GoErrorException.class, () -> go.walk("a b", w -> { throw new IllegalStateException(); }));
            assertThrows(GoErrorException.class, () -> go.walkParallel("a b c d", 4, w -> { throw new IllegalStateException(); }));
        } finally {
            Native.setCallbackExceptionHandler(before);
        }
        assertEquals(List.of(), List.copyOf(escaped));
    }

    /**
     * Why the binding catches for JNA too: a callback that throws, with no guard, returns 0 to
     * Go, which reads "go on", and the exception goes to JNA's handler. The walk never learns.
     */
    @Test
    void aRawJnaCallbackThatThrowsReadsAsGoOn() {
        Callback.UncaughtExceptionHandler before = Native.getCallbackExceptionHandler();
        ConcurrentLinkedQueue<Throwable> escaped = new ConcurrentLinkedQueue<>();
        Native.setCallbackExceptionHandler((callback, t) -> escaped.add(t));
        byte[] text = "a b c".getBytes(StandardCharsets.UTF_8);
        WordsJna.Visit raw = (index, word, wordN, thread) -> {
            throw new IllegalStateException("word " + index);
        };
        try (Memory bytes = new Memory(text.length); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            bytes.write(0, text, 0, text.length);
            assertEquals(3, WordsJna.WordsLibrary.walkWords(bytes, text.length, raw, message, message.size()));
        } finally {
            Native.setCallbackExceptionHandler(before);
            Reference.reachabilityFence(raw);
        }
        assertEquals(List.of("word 0", "word 1", "word 2"), escaped.stream().map(Throwable::getMessage).toList());
    }

    /** Thousands of throwing walks (fewer under valgrind: {@link Stress}): each one exception, the JVM alive. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void throwingWalksOverAndOver(Words go) {
        for (int i = 0; i < Stress.rounds(2_000); i++) {
            RuntimeException thrown = new IllegalStateException("round " + i);
            var e = assertThrows(GoErrorException.class, () -> go.walkParallel("a b c d e f g h", 4, w -> {
                if (w.index() == 5) {
                    throw thrown;
                }
                return true;
            }));
            assertSame(thrown, e.getCause());
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badArgumentsAreClearExceptions(Words go) {
        assertThrows(NullPointerException.class, () -> go.walk(null, w -> true));
        assertThrows(NullPointerException.class, () -> go.walk("a", null));
        assertThrows(NullPointerException.class, () -> go.walkParallel("a", 2, null));
        var e = assertThrows(IllegalArgumentException.class, () -> go.walk("a \ud800 b", w -> true));
        assertTrue(e.getMessage().startsWith("text holds an unpaired surrogate"), e.getMessage());
        for (int workers : new int[] {0, -1, Words.MAX_WORKERS + 1, Integer.MIN_VALUE}) {
            e = assertThrows(IllegalArgumentException.class, () -> go.walkParallel("a b", workers, w -> true));
            assertEquals("walkWordsParallel: workers is " + workers + ", want 1 to 64", e.getMessage());
        }
        assertEquals(2, go.walkParallel("a b", Words.MAX_WORKERS, w -> true));
    }

    /** How the bindings read Go's statuses: -2 a bad argument, -1 with no visitor failure Go's own failure (a panic). */
    @Test
    void goOwnFailuresAreExceptionsWithGoText() {
        Walk walk = new Walk("a", w -> true);
        var bad = assertThrows(IllegalArgumentException.class, () -> walk.result("walkWords", -2, () -> "visit is NULL"));
        assertEquals("walkWords: visit is NULL", bad.getMessage());
        var e = assertThrows(GoErrorException.class, () -> walk.result("walkWords", -1, () -> "runtime error: boom"));
        assertEquals("runtime error: boom", e.goMessage());
        assertEquals(null, e.getCause());
        assertThrows(IllegalStateException.class, () -> walk.result("walkWords", -3, () -> ""));
        assertEquals(7, walk.result("walkWords", 7, () -> ""));
    }

    @Test
    void bothBindingsReportTheSameCallerThread() {
        assertEquals(BINDINGS.get(0).osThread(), BINDINGS.get(1).osThread());
        assertNotEquals(0, BINDINGS.get(0).osThread());
    }
}
