package dev.gofromjava.canary;

import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Planted bug 2: Go writes one byte past the capacity the caller gave. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverflowCanary {
    static {
        Canaries.record("overflow");
    }

    /** What a lesson property does: guard bytes after the buffer; close() checks them. */
    @Test
    @Order(1)
    void guardBytesSeeTheWrite() {
        try (GuardedBuffer buffer = GuardedBuffer.allocate(8)) {
            Canaries.overflow(buffer.segment(), buffer.capacity());
        }
    }

    /**
     * A buffer malloc'd to exactly its capacity, so the stray byte lands in ASan's redzone or
     * outside valgrind's block. Without a tool it falls into malloc's rounding slack, unseen:
     * which is why the guard bytes above exist.
     */
    @Test
    @Order(2)
    void exactBufferForTheTools() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(8, 1);
            Canaries.overflow(out, out.byteSize());
        }
    }
}
