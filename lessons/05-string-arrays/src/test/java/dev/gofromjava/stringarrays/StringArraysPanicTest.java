package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.testkit.FirstPage;
import dev.gofromjava.testkit.GuardedBuffer;
import dev.gofromjava.testkit.ManyThreads;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A panic in any export is a {@link GoPanicException}, never the NULL or -1 of an ordinary
 * failure. Inputs are ones a caller can pass: memory in the first page ({@link FirstPage}), as
 * the output buffer through the Java API, or as the array itself through the exports.
 *
 * <p>Go's read or write in the first page is a memory error on purpose: memcheck leaves this
 * class out (valgrind would rightly report it), as it does the other tests tagged so.
 */
@Tag("memory-error-on-purpose")
class StringArraysPanicTest {
    static final List<StringArrays> BINDINGS = StringArraysTest.BINDINGS;
    static final String[] WORDS = {"yab", "dab", "doo!"};

    /**
     * 64 bytes are plenty for "yabadabadoo!"; Go panics writing them, and again writing the empty
     * string its failure result promises: both reach Java, and nothing reports "did not fit".
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicIsNotABufferTooSmall(StringArrays go) {
        var e = assertThrows(GoPanicException.class, () -> go.joinInto(WORDS, "a", FirstPage.segment(64)));
        assertEquals("joinInto", e.export());
        assertTrue(e.goMessage().startsWith(FirstPage.NIL_DEREFERENCE + "; then, while setting the failure result: "),
                e.goMessage());
        var c = assertThrows(GoPanicException.class, () -> go.joinCountedInto(WORDS, "a", FirstPage.segment(64)));
        assertEquals("joinCountedInto", c.export());
    }

    /** The array itself in the first page: every export reads it in Go, panics, and Java is told. */
    @ParameterizedTest
    @FieldSource("dev.gofromjava.stringarrays.StringArraysGoTest#RAW")
    void aBadArrayPanicsInEveryExport(StringArraysGoTest.Raw go) {
        MemorySegment bad = FirstPage.segment(ADDRESS.byteSize());
        try (GuardedBuffer out = GuardedBuffer.allocate(16)) {
            assertThrows(GoPanicException.class, () -> go.joinSize(bad, ","), go.toString());
            assertThrows(GoPanicException.class, () -> go.joinInto(bad, ",", out.segment(), 16), go.toString());
            assertEquals("", out.cString(), "the failure result: an empty string");
            assertThrows(GoPanicException.class, () -> go.joinCountedSize(bad, 1, ","), go.toString());
            assertThrows(GoPanicException.class, () -> go.joinCountedInto(bad, 1, ",", out.segment(), 16), go.toString());
        }
    }

    /** join has no result at all: before the guard told Java, its panic was invisible. */
    @Test
    void joinPanicsInBothBindings() throws Throwable {
        MethodHandle join = GoLibrary.load("stringarrays").downcall("join", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment sep = arena.allocateFrom(",");
            var e = assertThrows(GoPanicException.class, () -> {
                join.invokeExact(FirstPage.segment(8), sep); // a statement: invokeExact must see void
            });
            assertEquals("join", e.export());
        }
        var e = assertThrows(GoPanicException.class, () -> StringArraysJna.LIB.join(FirstPage.pointer(), ","));
        assertEquals("join", e.export());
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void eachThreadSeesOnlyItsOwnPanics(StringArrays go) throws Exception {
        ManyThreads.run(4, 200, (thread, round) -> {
            if ((thread + round) % 2 == 0) {
                assertThrows(GoPanicException.class, () -> go.joinCountedInto(WORDS, ",", FirstPage.segment(64)));
            } else {
                String[] strs = {"t" + thread, "r" + round};
                assertEquals(String.join(",", strs), go.joinCounted(strs, ","));
            }
        });
    }
}
