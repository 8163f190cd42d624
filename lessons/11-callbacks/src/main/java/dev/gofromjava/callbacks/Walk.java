package dev.gofromjava.callbacks;

import dev.gofromjava.bridge.GoErrorException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/**
 * One walk, from Java's side of the upcall: the text's bytes, the caller's visitor, and what the
 * visitor threw. Both bindings use it. An upcall must never throw (out of an FFM upcall an exception
 * ends the JVM), so {@link #visit} turns every exception into the answer "failed" for Go, and
 * {@link #result} throws them to the caller once Go returned, on the caller's thread.
 */
final class Walk {
    /** The visitor's answers, as Go reads them (go/11-callbacks: goOn, stop, visitFail). */
    static final long GO_ON = 0;
    static final long STOP = 1;
    static final long FAILED = 2;

    /** The walks' statuses below 0 (go/11-callbacks: failed, badRequest). */
    static final long STATUS_FAILED = -1;
    static final long STATUS_BAD_REQUEST = -2;

    private final byte[] text;
    private final Words.Visitor visitor;
    /** What visits threw, by word index: several goroutines may fail at once. */
    private final Map<Integer, Throwable> failures = new ConcurrentSkipListMap<>();

    Walk(String text, Words.Visitor visitor) {
        this.text = utf8(Objects.requireNonNull(text, "text must not be null"));
        this.visitor = Objects.requireNonNull(visitor, "visitor must not be null");
    }

    /** The text as UTF-8, which Go reads; a NUL is just another byte, since Go gets the length. */
    private static byte[] utf8(String text) {
        try {
            var bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text holds an unpaired surrogate: it has no UTF-8 form; fix the string before sending it", e);
        }
    }

    /** The bytes Go walks. */
    byte[] text() {
        return text;
    }

    // docs:begin visit
    /**
     * One visit, for Go: word #{@code index} is the {@code length} bytes at {@code offset} in the
     * text. Returns {@link #GO_ON}, {@link #STOP} or {@link #FAILED}; never throws, on any thread.
     */
    long visit(long index, long offset, long length, long osThread) {
        try {
            if (index < 0 || index > Integer.MAX_VALUE || offset < 0 || length < 1 || offset > text.length - length) {
                throw new IllegalStateException("Go passed word #" + index + " at bytes " + offset + " to "
                        + (offset + length) + ", which is not inside the text of " + text.length + " bytes");
            }
            String word = new String(text, (int) offset, (int) length, StandardCharsets.UTF_8);
            return visitor.visit(new Words.Word((int) index, word, osThread)) ? GO_ON : STOP;
        } catch (Throwable t) { // nothing may leave an upcall
            failures.putIfAbsent((int) Math.clamp(index, -1, Integer.MAX_VALUE), t);
            return FAILED;
        }
    }
    // docs:end visit

    /**
     * After Go returned {@code status}: the number of visits, or the visitor's exceptions thrown
     * as one {@link GoErrorException}, or Go's own failure.
     */
    int result(String export, long status, Supplier<String> goMessage) {
        if (status == STATUS_BAD_REQUEST) {
            throw new IllegalArgumentException(export + ": " + goMessage.get());
        }
        if (!failures.isEmpty()) {
            Iterator<Throwable> thrown = failures.values().iterator();
            if (status != STATUS_FAILED) {
                throw new IllegalStateException(export + " returned " + status + " though the visitor failed", thrown.next());
            }
            GoErrorException e = new GoErrorException(export, goMessage.get());
            e.initCause(thrown.next()); // the lowest index's
            thrown.forEachRemaining(e::addSuppressed);
            throw e;
        }
        if (status == STATUS_FAILED) { // Go failed on its own: a panic
            throw new GoErrorException(export, goMessage.get());
        }
        if (status < 0 || status > Integer.MAX_VALUE) {
            throw new IllegalStateException(export + " returned an unknown status, " + status);
        }
        return (int) status;
    }
}
