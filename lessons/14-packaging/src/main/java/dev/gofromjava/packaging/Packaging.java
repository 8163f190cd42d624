package dev.gofromjava.packaging;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/** Lesson 14: a Go library that ships inside the jar; its API is a greeting and the Go platform it was built for. */
public interface Packaging {
    /** Bytes of the first buffer {@link #greet} hands Go; a longer greeting costs a second call. */
    int FIRST_BUFFER = 64;

    /**
     * "Hello, NAME!", from Go.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} holds a NUL or an unpaired surrogate
     */
    String greet(String name);

    /**
     * Go's {@code greet} into {@code out}: the size the greeting needs, NUL included. When it is
     * more than {@code out.byteSize()}, {@code out} holds an empty string (if it has a byte).
     */
    long greet(String name, MemorySegment out);

    /** GOOS/GOARCH of the Go library this JVM loaded, as Go reports it: "linux/amd64". */
    String goPlatform();

    /** The file the library was loaded from: the copy extracted from the jar. */
    Path library();
}
