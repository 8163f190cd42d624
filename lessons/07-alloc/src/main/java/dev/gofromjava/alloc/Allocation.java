package dev.gofromjava.alloc;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One call of sqrts, from Java's side of the allocator: it asks the caller's {@link
 * SquareRoots.Allocator}, remembers the blocks it handed Go, and keeps the first failure. An upcall
 * must never throw (an exception escaping an FFM upcall ends the JVM), so {@link #block} turns every
 * failure into NULL for Go, and {@link #result} throws it in the caller's thread once Go returned.
 */
final class Allocation {
    private final SquareRoots.Allocator allocator;
    private final List<MemorySegment> blocks = new ArrayList<>();
    private Throwable failure;

    Allocation(SquareRoots.Allocator allocator) {
        this.allocator = Objects.requireNonNull(allocator, "allocator must not be null");
    }

    /** Bytes per element of an array-module type code: 1 for 'B', 8 for 'd'. */
    static long bytes(char type) {
        return switch (type) {
            case 'B' -> 1;
            case 'd' -> 8;
            default -> throw new IllegalArgumentException("Go asked for type code '" + type + "', which this binding does not know");
        };
    }

    // docs:begin block
    /**
     * The block for Go: the allocator's segment, or NULL, and never an exception. A segment
     * smaller than asked for goes to Go with its true size, which Go checks and refuses
     * (sqrtsSized); Java notes it too, to say so in the exception.
     */
    MemorySegment block(char type, long count) {
        if (failure != null) {
            return MemorySegment.NULL; // Go asks again only if it did not stop; it should have
        }
        try {
            long need = Math.multiplyExact(count, bytes(type));
            MemorySegment block = allocator.allocate(type, count);
            if (block == null || block.equals(MemorySegment.NULL)) {
                failure = new IllegalStateException("the allocator returned null for " + count + " elements of type '"
                        + type + "': Go stopped and wrote nothing into it");
                return MemorySegment.NULL;
            }
            if (!block.isNative()) { // a heap segment has no address Go could write to
                failure = new IllegalStateException("the allocator returned a heap segment for type '" + type
                        + "': Go can only write into native memory; allocate it from an Arena");
                return MemorySegment.NULL;
            }
            if (block.byteSize() < need) {
                failure = new IllegalStateException("the allocator returned " + block.byteSize() + " bytes for "
                        + count + " elements of type '" + type + "' (" + need + " bytes): Go refused them and wrote nothing");
                return block; // with its true size: Go checks it and refuses (sqrtsSized)
            }
            blocks.add(block.asSlice(0, need));
            return block;
        } catch (Throwable t) { // nothing may leave an upcall
            failure = t;
            return MemorySegment.NULL;
        }
    }
    // docs:end block

    /** After Go returned {@code status} (0: both blocks filled): the roots, or the first failure, thrown. */
    SquareRoots.Roots result(long status) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("the allocator failed", failure);
        }
        if (status != 0 || blocks.size() != 2) {
            throw new IllegalStateException("Go refused the allocator's blocks (status " + status + ")");
        }
        return new SquareRoots.Roots(blocks.get(0), blocks.get(1));
    }
}
