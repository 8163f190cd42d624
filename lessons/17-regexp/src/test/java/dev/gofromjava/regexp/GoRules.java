package dev.gofromjava.regexp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Go's way of finding every match (regexp's FindAllIndex), built on any engine's single
 * leftmost-first search from a position, so that java.util.regex and re2j can be compared with Go
 * match for match.
 *
 * <p>Only the iteration is Go's: each single search is the other engine's own. The iteration is
 * where the engines legitimately differ: after an empty match, java.util.regex's {@code find()}
 * reports an empty match right at the end of the previous match, and Go skips it ("empty matches
 * abutting a preceding match are ignored", regexp's package documentation).
 */
final class GoRules {
    private GoRules() {}

    /**
     * Every match, as Go finds them: {@code searchFrom.apply(pos)} is the engine's leftmost-first
     * match starting at or after char index {@code pos}, as {start, end}, or null.
     */
    static List<MatchRange> findAll(String text, IntFunction<int[]> searchFrom) {
        List<MatchRange> all = new ArrayList<>();
        int prevEnd = -1;
        for (int pos = 0; pos <= text.length(); ) {
            int[] m = searchFrom.apply(pos);
            if (m == null) {
                break;
            }
            boolean accept = true;
            if (m[1] == pos) { // an empty match here
                if (m[0] == prevEnd) {
                    accept = false; // right after the previous match: Go skips it
                }
                pos += pos < text.length() ? Character.charCount(text.codePointAt(pos)) : 1; // on by one code point
            } else {
                pos = m[1];
            }
            prevEnd = m[1];
            if (accept) {
                all.add(new MatchRange(m[0], m[1]));
            }
        }
        return all;
    }

    /** {@link #findAll} with java.util.regex's searches. */
    static List<MatchRange> javaUtilRegex(String pattern, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return findAll(text, pos -> m.find(pos) ? new int[] {m.start(), m.end()} : null);
    }

    /** {@link #findAll} with re2j's searches. */
    static List<MatchRange> re2j(String pattern, String text) {
        com.google.re2j.Matcher m = com.google.re2j.Pattern.compile(pattern).matcher(text);
        return findAll(text, pos -> m.find(pos) ? new int[] {m.start(), m.end()} : null);
    }
}
