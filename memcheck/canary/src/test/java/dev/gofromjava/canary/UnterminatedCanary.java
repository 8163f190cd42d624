package dev.gofromjava.canary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Pointer;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Planted bug 3: a string written without its NUL, reported as a success. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnterminatedCanary {
    static {
        Canaries.record("unterminated");
    }

    /** What a lesson property does: read the C string only within the capacity, NUL required. */
    @Test
    @Order(1)
    void nulCheckSeesTheMissingTerminator() {
        try (GuardedBuffer buffer = GuardedBuffer.allocate(8)) {
            long written = Canaries.unterminated(buffer.segment(), buffer.capacity());
            assertEquals("canary-s", buffer.cString(), "wrote " + written + " bytes");
        }
    }

    /**
     * What a careless caller does: trust the result and read it as C would (JNA's getString is a
     * strlen), running off the end of a buffer malloc'd to exactly its size. (8 bytes: the JDK
     * rounds native allocations up to a multiple of 8, so a 6-byte segment would hide 2 bytes.)
     */
    @Test
    @Order(2)
    void cStyleReadForTheTools() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(8, 1);
            Canaries.unterminated(out, out.byteSize());
            String s = new Pointer(out.address()).getString(0, "UTF-8");
            assertEquals("canary-s", s.substring(0, Math.min(8, s.length())));
        }
    }
}
