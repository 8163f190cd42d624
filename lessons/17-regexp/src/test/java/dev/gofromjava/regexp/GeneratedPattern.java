package dev.gofromjava.regexp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A pattern built by the properties' generator, kept as the engines parse it: its top-level
 * alternatives, whether each can match the empty string, and whether it repeats, anywhere, a part
 * that can.
 *
 * <p>That last fact is where java.util.regex reads the shared syntax differently: its loop ends at
 * the first iteration that consumes nothing, even before the minimum count ({@code Pattern.Loop}:
 * {@code if (i > matcher.locals[beginIndex])}), while RE2 lets an iteration match empty. So
 * {@code (?:^a*){2}} finds "" in "a" in Java and "a" in Go and re2j.
 *
 * <p>The alternatives are kept apart because the generator joins strings: "x|y" followed by "z"
 * is "x|yz", whose alternatives are x and yz, not (x|y) then z.
 */
record GeneratedPattern(List<Alternative> alternatives, boolean repeatsWhatCanMatchEmpty) {

    /** One top-level alternative and whether it can match the empty string. */
    record Alternative(String source, boolean canMatchEmpty) {}

    static GeneratedPattern atom(String source) {
        return new GeneratedPattern(List.of(new Alternative(source, false)), false);
    }

    /** The parts one after another, as their strings joined. */
    static GeneratedPattern sequence(List<GeneratedPattern> parts) {
        GeneratedPattern all = parts.get(0);
        for (GeneratedPattern next : parts.subList(1, parts.size())) {
            List<Alternative> alts = new ArrayList<>(all.alternatives.subList(0, all.alternatives.size() - 1));
            Alternative last = all.alternatives.getLast();
            Alternative first = next.alternatives.getFirst();
            alts.add(new Alternative(last.source + first.source, last.canMatchEmpty && first.canMatchEmpty));
            alts.addAll(next.alternatives.subList(1, next.alternatives.size()));
            all = new GeneratedPattern(alts, all.repeatsWhatCanMatchEmpty || next.repeatsWhatCanMatchEmpty);
        }
        return all;
    }

    static GeneratedPattern either(GeneratedPattern x, GeneratedPattern y) {
        List<Alternative> alts = new ArrayList<>(x.alternatives);
        alts.addAll(y.alternatives);
        return new GeneratedPattern(alts, x.repeatsWhatCanMatchEmpty || y.repeatsWhatCanMatchEmpty);
    }

    /** {@code (x)}: one alternative. */
    static GeneratedPattern group(GeneratedPattern x) {
        return new GeneratedPattern(List.of(new Alternative("(" + x.source() + ")", x.canMatchEmpty())),
                x.repeatsWhatCanMatchEmpty);
    }

    /** {@code (?:x)q} for a quantifier q; '?' and '??' are an option, not a loop, in both engines. */
    static GeneratedPattern repeat(GeneratedPattern x, String quantifier) {
        boolean zeroTimes = quantifier.startsWith("*") || quantifier.startsWith("?") || quantifier.startsWith("{0");
        boolean loop = !quantifier.startsWith("?");
        return new GeneratedPattern(
                List.of(new Alternative("(?:" + x.source() + ")" + quantifier, zeroTimes || x.canMatchEmpty())),
                x.repeatsWhatCanMatchEmpty || (loop && x.canMatchEmpty()));
    }

    /** {@code ^x}: the anchor joins the first alternative and matches nothing itself. */
    static GeneratedPattern atStart(GeneratedPattern x) {
        List<Alternative> alts = new ArrayList<>(x.alternatives);
        Alternative first = alts.getFirst();
        alts.set(0, new Alternative("^" + first.source, first.canMatchEmpty));
        return new GeneratedPattern(alts, x.repeatsWhatCanMatchEmpty);
    }

    /** {@code x\z}: the anchor joins the last alternative. */
    static GeneratedPattern atEnd(GeneratedPattern x) {
        List<Alternative> alts = new ArrayList<>(x.alternatives);
        Alternative last = alts.getLast();
        alts.set(alts.size() - 1, new Alternative(last.source + "\\z", last.canMatchEmpty));
        return new GeneratedPattern(alts, x.repeatsWhatCanMatchEmpty);
    }

    String source() {
        return alternatives.stream().map(Alternative::source).collect(Collectors.joining("|"));
    }

    boolean canMatchEmpty() {
        return alternatives.stream().anyMatch(Alternative::canMatchEmpty);
    }

    /** Whether java.util.regex means by this pattern what RE2 means. */
    boolean javaReadsItAsRe2Does() {
        return !repeatsWhatCanMatchEmpty;
    }

    @Override
    public String toString() {
        return source();
    }
}
