package dev.gofromjava.strings;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.testkit.FirstPage;
import dev.gofromjava.testkit.GuardedBuffer;
import dev.gofromjava.testkit.ManyThreads;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A panic in repeat or repeatSize is a {@link GoPanicException}, never the NULL or -1 of an
 * ordinary failure: a buffer big enough is never reported as too small, so no retry starts.
 * Inputs are ones a caller can pass: memory in the first page ({@link FirstPage}).
 *
 * <p>Go's read or write in the first page is a memory error on purpose: memcheck leaves this
 * class out (valgrind would rightly report it), as it does the other tests tagged so.
 */
@Tag("memory-error-on-purpose")
class StringsPanicTest {
    static final List<Strings> BINDINGS = StringsExamplesTest.BINDINGS;

    /** The exports with pointers where JNA's direct mapping has Strings: for inputs Java never makes. */
    interface RawStrings extends Library {
        Pointer repeat(Pointer s, long n, Pointer out, long outN);

        long repeatSize(Pointer s, long n);
    }

    static final RawStrings RAW_JNA = JnaLoader.load("strings", RawStrings.class);

    /** 64 bytes are plenty for "BadgerBadger" and its NUL; Go panics writing them, and Java says so. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicIsNotABufferTooSmall(Strings go) {
        var e = assertThrows(GoPanicException.class, () -> go.repeat("Badger", 2, FirstPage.segment(64)));
        assertEquals("repeat", e.export());
        assertEquals(FirstPage.NIL_DEREFERENCE, e.goMessage());
    }

    /** A bad s: Go reads it in Go code (C's strlen would kill the JVM instead), panics, and Java is told. */
    @Test
    void aBadStringPanicsInBothExports() {
        try (GuardedBuffer out = GuardedBuffer.allocate(16)) {
            assertThrows(GoPanicException.class, () -> StringsFfm.repeatSize(FirstPage.segment(1), 2));
            assertThrows(GoPanicException.class, () -> StringsFfm.repeat(FirstPage.segment(1), 2, out.segment(), 16));
            assertEquals(0x5A, out.segment().get(JAVA_BYTE, 0)); // s is read before out is touched
            assertThrows(GoPanicException.class, () -> RAW_JNA.repeatSize(FirstPage.pointer(), 2));
            assertThrows(GoPanicException.class, () -> RAW_JNA.repeat(FirstPage.pointer(), 2, out.pointer(), 16));
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void eachThreadSeesOnlyItsOwnPanics(Strings go) throws Exception {
        ManyThreads.run(4, 300, (thread, round) -> {
            if ((thread + round) % 2 == 0) {
                assertThrows(GoPanicException.class, () -> go.repeat("x", 3, FirstPage.segment(64)));
            } else {
                try (Arena arena = Arena.ofConfined()) {
                    String s = "t" + thread + "r" + round;
                    assertEquals(s.repeat(3), go.repeat(s, 3, arena.allocate(64)));
                }
            }
        });
    }
}
