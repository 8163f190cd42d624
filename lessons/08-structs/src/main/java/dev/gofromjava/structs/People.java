package dev.gofromjava.structs;

import java.lang.foreign.MemorySegment;

/**
 * Lesson 08: C structs, by pointer (the article's {@code person}, which Go fills) and by value (a
 * {@code point}, which Go takes and returns).
 */
public interface People {
    /** A C {@code point}: two doubles, which cross to Go and back by value. */
    record Point(double x, double y) {}

    // docs:begin api
    /**
     * The article's {@code fill}: Go writes {@code firstName}, a space and {@code lastName}, and a
     * NUL, into {@code fullName}, a native buffer the caller owns; returns the full name. The
     * struct's {@code fullNameLen} is the buffer's own size: the length can only come from the
     * memory itself.
     *
     * @throws dev.gofromjava.bridge.BufferTooSmallException if the full name and its NUL do not
     *     fit: {@code fullName} then holds an empty string (when it has a byte), and nothing was
     *     written past it
     * @throws NullPointerException if a name or {@code fullName} is null
     * @throws IllegalArgumentException if a name holds a NUL or an unpaired surrogate, or
     *     {@code fullName} is a heap or read-only segment
     * @throws IllegalStateException if {@code fullName}'s arena is closed
     */
    String fill(String firstName, String lastName, MemorySegment fullName);

    /** The point halfway between {@code a} and {@code b}: Go's {@code midpoint}, every point by value. */
    Point midpoint(Point a, Point b);
    // docs:end api
}
