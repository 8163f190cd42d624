package dev.gofromjava.regexp;

import dev.gofromjava.bridge.GoErrorException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The library at work: matches with Java indices, a supplementary character, a replacement, many
 * texts in one call, what RE2 refuses, use after close; then a pathological pattern that Go matches
 * at once and that java.util.regex does not finish within a second. It prints no timings, so that
 * it prints the same on every run.
 */
public final class GoRegexpDemo {
    /** The pathological case: a lazy group repeated 11 times, and no P in the text. */
    static final String PATHOLOGICAL = "^(.*?,){11}P";

    /** 50 × "1,": 100 chars, which java.util.regex would take far longer than a second over. */
    static final String PATHOLOGICAL_TEXT = "1,".repeat(50);

    private GoRegexpDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        GoRegexp go = switch (String.join(" ", args)) {
            case "ffm" -> new GoRegexpFfm();
            case "jna" -> new GoRegexpJna();
            default -> throw new IllegalArgumentException("usage: GoRegexpDemo ffm|jna");
        };
        String text = "mail ann@example.com or bob@test.org";
        try (GoPattern email = go.compile("([a-z]+)@([a-z]+)\\.(com|org)")) {
            MatchRange first = email.find(text).orElseThrow();
            System.out.println("find: " + first + " \"" + first.of(text) + "\"");
            System.out.println("findAll: " + email.findAll(text).stream().map(m -> m.of(text)).toList());
            System.out.println("replaceAll: " + email.replaceAll(text, "$1 at $2"));
            System.out.println("matches(text): " + email.matches(text) + ", matches(\"x@y.com\"): " + email.matches("x@y.com"));
            System.out.println("findEach: " + java.util.Arrays.toString(
                    email.findEach(List.of("no mail here", "cc: eve@host.com", ""))));
        }
        String smiles = "a🙂b🙂🙂c";
        try (GoPattern smile = go.compile("🙂+")) {
            System.out.println("in \"" + smiles + "\" (" + smiles.length() + " chars): " + smile.findAll(smiles)
                    + ", Java's own indexOf: " + smiles.indexOf("🙂"));
        }
        for (String refused : List.of("(a)\\1", "(?<=a)b", "a{1001}")) {
            try {
                go.compile(refused).close();
            } catch (GoErrorException e) {
                System.out.println("compile(\"" + refused + "\"): " + e.goMessage());
            }
        }
        GoPattern closed = go.compile("a");
        closed.close();
        try {
            closed.matches("a");
        } catch (IllegalStateException e) {
            System.out.println("after close: refused in Java");
        }

        System.out.println(PATHOLOGICAL + " over \"1,\" x 50:");
        try (GoPattern slow = go.compile(PATHOLOGICAL)) {
            System.out.println("  Go: " + (slow.find(PATHOLOGICAL_TEXT).isPresent() ? "matched" : "no match"));
        }
        System.out.println("  re2j: " + (com.google.re2j.Pattern.compile(PATHOLOGICAL).matcher(PATHOLOGICAL_TEXT).find()
                ? "matched" : "no match"));
        try {
            boolean found = Pattern.compile(PATHOLOGICAL).matcher(new DeadlineText(PATHOLOGICAL_TEXT, Duration.ofSeconds(1))).find();
            System.out.println("  java.util.regex: " + (found ? "matched" : "no match"));
        } catch (DeadlineText.DeadlineExceededException e) {
            System.out.println("  java.util.regex: stopped after 1 s timeout");
        }
    }
    // docs:end demo
}
