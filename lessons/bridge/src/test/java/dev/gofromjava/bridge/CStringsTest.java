package dev.gofromjava.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CStringsTest {
    /** The length of a C string, from a zero-length segment as a downcall returns one: its UTF-8 bytes, not its chars. */
    @ParameterizedTest
    @ValueSource(strings = {"", "a", "héllo", "Ёжик🙂", "seven77", "exactly8", "nine bytes"})
    void byteLengthCountsTheBytesBeforeTheNul(String s) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pointer = MemorySegment.ofAddress(arena.allocateFrom(s).address()); // zero-length, like a char* result
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, CStrings.byteLength(pointer));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9})
    void byteLengthStopsAtTheFirstNul(int at) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(16);
            s.fill((byte) 'x');
            s.set(ValueLayout.JAVA_BYTE, at, (byte) 0);
            assertEquals(at, CStrings.byteLength(MemorySegment.ofAddress(s.address())));
        }
    }
}
