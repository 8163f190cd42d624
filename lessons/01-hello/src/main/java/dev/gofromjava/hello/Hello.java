package dev.gofromjava.hello;

/** Lesson 01: call one Go function, {@code hello()}, which prints "Hello world!". */
public interface Hello {
    /** Runs Go's {@code hello}: it writes "Hello world!\n" straight to file descriptor 1. */
    void hello();
}
