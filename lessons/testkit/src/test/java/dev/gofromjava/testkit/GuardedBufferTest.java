package dev.gofromjava.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GuardedBufferTest {
    /** Any write inside the capacity is fine; one byte past it, of any value, is caught and located. */
    @Property
    void catchesOneBytePastTheEnd(@ForAll @IntRange(min = 0, max = 200) int capacity, @ForAll byte value) {
        try (GuardedBuffer buffer = GuardedBuffer.allocate(capacity)) {
            buffer.segment().fill(value);
            buffer.checkGuards();
            MemorySegment beyond = MemorySegment.ofAddress(buffer.segment().address() + capacity).reinterpret(1);
            byte old = beyond.get(ValueLayout.JAVA_BYTE, 0);
            beyond.set(ValueLayout.JAVA_BYTE, 0, (byte) ~old);
            var e = assertThrows(AssertionError.class, buffer::checkGuards);
            assertTrue(e.getMessage().contains("after the buffer changed at offset " + capacity), e.getMessage());
            beyond.set(ValueLayout.JAVA_BYTE, 0, old);
        }
    }

    @Test
    void catchesAWriteBeforeTheStart() {
        GuardedBuffer buffer = GuardedBuffer.allocate(8);
        MemorySegment before = MemorySegment.ofAddress(buffer.segment().address() - 1).reinterpret(1);
        before.set(ValueLayout.JAVA_BYTE, 0, (byte) 0);
        var e = assertThrows(AssertionError.class, buffer::close);
        assertTrue(e.getMessage().contains("before the buffer changed at offset -1"), e.getMessage());
    }

    @Test
    void guardsAreNeverZero() {
        try (GuardedBuffer buffer = GuardedBuffer.allocate(0)) {
            MemorySegment around = MemorySegment.ofAddress(buffer.segment().address() - GuardedBuffer.GUARD)
                    .reinterpret(2L * GuardedBuffer.GUARD);
            for (long i = 0; i < around.byteSize(); i++) {
                assertTrue(around.get(ValueLayout.JAVA_BYTE, i) != 0, "guard byte " + i + " is zero");
            }
            assertEquals(0, buffer.capacity());
        }
    }

    @Test
    void negativeCapacityIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> GuardedBuffer.allocate(-1));
        assertDoesNotThrow(() -> GuardedBuffer.allocate(0).close());
    }
}
