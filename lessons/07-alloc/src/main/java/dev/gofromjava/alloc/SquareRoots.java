package dev.gofromjava.alloc;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Lesson 07: Go asks Java for the memory it writes, through an allocator Java passes it.
 *
 * <p>Go calls the allocator twice: for the bytes of the text "Square roots up to N:" (type
 * {@code 'B'}) and for {@code n} doubles (type {@code 'd'}), which it fills with the square roots of
 * 1 to {@code n}. The memory is Java's from the start: Go writes into it and keeps no pointer.
 */
public interface SquareRoots {
    /**
     * Java's side of the allocator Go calls: room for {@code count} elements of {@code type}
     * ({@code 'B'}: bytes, {@code 'd'}: doubles), or null to refuse. It may throw: the binding
     * catches the exception where Go called, stops Go, and throws it to the caller of
     * {@link #sqrts(int, Allocator)}.
     */
    @FunctionalInterface
    interface Allocator {
        MemorySegment allocate(char type, long count);
    }

    /** What Go wrote, in the memory the allocator handed out: the text, and the roots. */
    record Roots(MemorySegment text, MemorySegment values) {
        /** The text, ASCII. */
        public String title() {
            return new String(text.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE), StandardCharsets.US_ASCII);
        }

        /** A copy of the roots. */
        public double[] toArray() {
            return values.toArray(JAVA_DOUBLE);
        }
    }

    // docs:begin api
    /**
     * The article's call: Go asks for its memory, and {@code arena} provides it, so the result
     * lives exactly as long as {@code arena}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IllegalStateException if {@code arena} is closed
     */
    default Roots sqrts(int n, Arena arena) {
        Objects.requireNonNull(arena, "arena must not be null: the roots are allocated in it");
        if (!arena.scope().isAlive()) {
            throw new IllegalStateException("arena is already closed: the roots are allocated in it, so pass an open one");
        }
        return sqrts(n, (type, count) -> arena.allocate(Math.multiplyExact(count, Allocation.bytes(type)), 8));
    }

    /**
     * Go asks {@code allocator} for the text's bytes, then for {@code n} doubles, and fills them.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws IllegalStateException if the allocator returned null or a segment smaller than
     *     asked for: Go stopped, and wrote nothing into it
     * @throws RuntimeException whatever the allocator threw, unchanged: Go stopped at once
     */
    Roots sqrts(int n, Allocator allocator);
    // docs:end api
}
