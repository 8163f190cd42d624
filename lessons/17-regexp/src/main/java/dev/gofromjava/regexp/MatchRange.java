package dev.gofromjava.regexp;

/** A match: the chars {@code [start, end)} of the text, as {@link String#substring(int, int)} takes them. */
public record MatchRange(int start, int end) {
    public MatchRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: [" + start + ", " + end + ")");
        }
    }

    /** The matched chars of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
