package dev.gofromjava.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** GoStatus.call with a stand-in for the export: what it hands the export, and what it makes of the status. */
class GoStatusTest {
    @Test
    void theExportGetsABufferOfMessageCapacityBytesAndItsSize() {
        try (Arena arena = Arena.ofConfined()) {
            long status = GoStatus.call("export", arena, (message, capacity) -> {
                assertEquals(GoStatus.MESSAGE_CAPACITY, capacity);
                assertEquals(capacity, message.byteSize());
                return 7;
            });
            assertEquals(7, status);
        }
    }

    @Test
    void minusOneIsGosErrorWithTheTextItWrote() {
        try (Arena arena = Arena.ofConfined()) {
            var e = assertThrows(GoErrorException.class, () -> GoStatus.call("regexCompile", arena, (message, capacity) -> {
                message.setString(0, "missing closing )");
                return -1;
            }));
            assertEquals("regexCompile", e.export());
            assertEquals("missing closing )", e.goMessage());
            var unknown = assertThrows(IllegalStateException.class, () -> GoStatus.call("x", arena, (message, capacity) -> -3));
            assertEquals("x returned an unknown status, -3", unknown.getMessage());
        }
    }

    /** invokeExact declares Throwable: what a call throws comes out unchanged, or wrapped if it is checked. */
    @Test
    void whatTheCallThrowsComesOut() {
        try (Arena arena = Arena.ofConfined()) {
            GoPanicException panic = new GoPanicException("export", "boom");
            assertSame(panic, assertThrows(GoPanicException.class, () -> GoStatus.call("export", arena, (m, n) -> {
                throw panic;
            })));
            IOException checked = new IOException("checked");
            assertSame(checked, assertThrows(IllegalStateException.class, () -> GoStatus.call("export", arena, (m, n) -> {
                throw checked;
            })).getCause());
        }
    }
}
