package dev.gofromjava.alloc;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.testkit.FirstPage;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * sqrtsSized writes into memory its caller's allocator hands it, so a block that is not memory
 * makes Go panic part way through the call; the guard recovers it and both bindings throw. The
 * input is one an allocator can really return: a segment in the first page ({@link FirstPage}),
 * native, alive and as big as asked, so every Java check lets it through.
 *
 * <p>Go's write in the first page is a memory error on purpose: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
class SquareRootsPanicTest {
    static final List<SquareRoots> BINDINGS = SquareRootsTest.BINDINGS;
    static final GoLibrary LIB = GoLibrary.load("alloc");

    /** The text's block is bad: Go panics at its first write, and asks for nothing more. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicIsAnException(SquareRoots go) {
        long panics = LIB.recoveredPanics();
        List<Character> asked = new ArrayList<>();
        var e = assertThrows(GoPanicException.class, () -> go.sqrts(3, (type, count) -> {
            asked.add(type);
            return FirstPage.segment(count * Allocation.bytes(type));
        }));
        assertEquals("sqrtsSized", e.export());
        assertEquals(FirstPage.NIL_DEREFERENCE, e.goMessage());
        assertEquals(List.of('B'), asked, "Go stopped at the panic");
        assertEquals(panics + 1, LIB.recoveredPanics(), "Go's guard recovered it");
    }

    /** The text is written into a good block; the roots' block is bad: the panic still reaches Java. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicInTheSecondBlockIsAnExceptionToo(SquareRoots go) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment text = arena.allocate(64);
            var e = assertThrows(GoPanicException.class,
                    () -> go.sqrts(3, (type, count) -> type == 'B' ? text : FirstPage.segment(count * Double.BYTES)));
            assertEquals("sqrtsSized", e.export());
            assertEquals(FirstPage.NIL_DEREFERENCE, e.goMessage());
            assertEquals("Square roots up to 3:", new String(text.asSlice(0, 21).toArray(JAVA_BYTE)));
        }
    }
}
