package dev.gofromjava.regexp.bench;

import dev.gofromjava.regexp.GoPattern;
import dev.gofromjava.regexp.GoRegexpFfm;
import dev.gofromjava.regexp.GoRegexpJna;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/** The four engines the benchmarks compare, each counting the matches of one pattern in a text. */
public enum Engine {
    /** Go's regexp through the FFM binding. */
    GO_FFM,
    /** Go's regexp through the JNA binding. */
    GO_JNA,
    /** com.google.re2j, RE2 ported to Java. */
    RE2J,
    /** The JDK's backtracking matcher. */
    JAVA_UTIL_REGEX;

    /** A counter of this engine for {@code pattern}; close it after use (it may hold a Go handle). */
    public Counter counter(String pattern) {
        return switch (this) {
            case GO_FFM -> go(new GoRegexpFfm().compile(pattern));
            case GO_JNA -> go(new GoRegexpJna().compile(pattern));
            case RE2J -> {
                com.google.re2j.Pattern p = com.google.re2j.Pattern.compile(pattern);
                yield finder(text -> p.matcher(text)::find);
            }
            case JAVA_UTIL_REGEX -> {
                java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
                yield finder(text -> p.matcher(text)::find);
            }
        };
    }

    /** A Java engine's counter, from a matcher's successive finds over a text. */
    private static Counter finder(Function<String, BooleanSupplier> matcher) {
        return new Counter() {
            public int count(String text) {
                BooleanSupplier next = matcher.apply(text);
                int n = 0;
                while (next.getAsBoolean()) {
                    n++;
                }
                return n;
            }

            public boolean find(String text) {
                return matcher.apply(text).getAsBoolean();
            }
        };
    }

    private static Counter go(GoPattern p) {
        return new Counter() {
            public int count(String text) {
                return p.findAll(text).size(); // every match's range, as a caller gets them
            }

            public boolean find(String text) {
                return p.find(text).isPresent();
            }

            public boolean[] findEach(java.util.List<String> texts) {
                return p.findEach(texts);
            }

            public void close() {
                p.close();
            }
        };
    }

    /** One engine's compiled pattern. */
    public interface Counter extends AutoCloseable {
        /** The number of successive matches in {@code text}. */
        int count(String text);

        /** Whether {@code text} has a match. */
        boolean find(String text);

        /** {@link #find} on each text; Go's counters do it in one call. */
        default boolean[] findEach(java.util.List<String> texts) {
            boolean[] found = new boolean[texts.size()];
            for (int i = 0; i < found.length; i++) {
                found[i] = find(texts.get(i));
            }
            return found;
        }

        @Override
        default void close() {}
    }
}
