package dev.gofromjava.errors;

import dev.gofromjava.bridge.GoErrorException;

/**
 * Lesson 10: a Go error becomes a Java exception. Every method here throws {@link
 * GoErrorException} with Go's own text when Go fails, whether Go returned an error or panicked;
 * the binding has freed the message by then.
 */
public interface Errors {
    // docs:begin api
    /** Whether {@code i} is even, through the article's {@code even}, which returns Go's {@code (bool, error)}. */
    boolean even(long i);

    /** The same through {@code evenStatus}, the C way: a status code, and the message in Java's buffer. */
    boolean evenStatus(long i);

    /** {@code a / b}, rounded toward zero; {@code b == 0} panics in Go, and throws here. */
    long divide(long a, long b);

    /** The {@code i}-th prime counting from 0, up to #5, 13; any other {@code i} panics in Go. */
    long prime(long i);

    /** Go's count for {@code word}, which always panics in Go: a nil map. */
    long tally(String word);
    // docs:end api
}
