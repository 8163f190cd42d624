package dev.gofromjava.regexp;

import dev.gofromjava.bridge.OwnedHandle;
import java.util.List;
import java.util.Optional;

/**
 * A pattern compiled by Go's regexp, owned through its cgo handle: lesson 12's {@code WordIndex},
 * for a regular expression.
 *
 * <p>Calls may come from many threads at once: Go's {@code *regexp.Regexp} is safe for concurrent
 * use, so nothing in Java serialises them. {@link #close()} gives the handle back to Go once,
 * however many times and from however many threads it is called; after it, every call throws
 * {@link IllegalStateException} in Java, before reaching Go. A call and the close never overlap:
 * {@link OwnedHandle} keeps them apart.
 */
public final class GoPattern implements AutoCloseable {
    private final GoRegexp go;
    private final OwnedHandle handle;
    private final String pattern;

    GoPattern(GoRegexp go, long handle, String pattern) {
        this.go = go;
        this.handle = new OwnedHandle("GoPattern (" + pattern + ")", handle, go::free);
        this.pattern = pattern;
    }

    // docs:begin pattern
    /** Whether the pattern matches all of {@code text}, as {@link java.util.regex.Matcher#matches()}. */
    public boolean matches(String text) {
        return handle.whileOpen(h -> go.matches(h, text));
    }

    /** The leftmost-first match in {@code text}, as {@link java.util.regex.Matcher#find()} finds it. */
    public Optional<MatchRange> find(String text) {
        return handle.whileOpen(h -> go.findAll(h, text, 1).stream().findFirst());
    }

    /** Every successive non-overlapping match; an empty match right after a match is skipped, as Go does. */
    public List<MatchRange> findAll(String text) {
        return handle.whileOpen(h -> go.findAll(h, text, -1));
    }

    /** {@code text} with every match replaced by {@code replacement} ($1, ${name}: groups; $$: a dollar). */
    public String replaceAll(String text, String replacement) {
        return handle.whileOpen(h -> go.replaceAll(h, text, replacement));
    }

    /** For each of {@code texts}, whether the pattern matches somewhere in it: one call to Go for all. */
    public boolean[] findEach(List<String> texts) {
        return handle.whileOpen(h -> go.findEach(h, texts));
    }

    /** Gives the handle back to Go (regexFree), the first time; does nothing after. */
    @Override
    public void close() {
        handle.close();
    }
    // docs:end pattern

    /** The pattern as compiled. */
    public String pattern() {
        return pattern;
    }

    /** Go's handle, the number Go knows this pattern by; after close, Go refuses it. */
    public long handle() {
        return handle.handle();
    }

    public boolean isClosed() {
        return handle.isClosed();
    }

    @Override
    public String toString() {
        return "GoPattern(" + pattern + ")";
    }
}
