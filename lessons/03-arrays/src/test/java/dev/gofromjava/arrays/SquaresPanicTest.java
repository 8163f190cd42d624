package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.testkit.FirstPage;
import dev.gofromjava.testkit.ManyThreads;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A call that makes Go panic is a {@link GoPanicException} with Go's message, on the thread that
 * made it and no other. The input is one a caller can really pass: a segment in the first page
 * ({@link FirstPage}), which every Java check accepts and where Go's first read faults.
 *
 * <p>Go's read or write in the first page is a memory error on purpose: memcheck leaves this
 * class out (valgrind would rightly report it), as it does the other tests tagged so.
 */
@Tag("memory-error-on-purpose")
class SquaresPanicTest {
    static final List<Squares> BINDINGS = SquaresTest.BINDINGS;
    static final String NIL_DEREFERENCE = FirstPage.NIL_DEREFERENCE;

    static MemorySegment firstPage(long doubles) {
        return FirstPage.segment(doubles * Double.BYTES);
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicIsAnExceptionWithGosMessage(Squares go) {
        MemorySegment out = Arena.ofAuto().allocate(JAVA_DOUBLE, 4);
        var e = assertThrows(GoPanicException.class, () -> go.squares(firstPage(4), out, 4));
        assertEquals("squares", e.export());
        assertEquals(NIL_DEREFERENCE, e.goMessage());
        assertThrows(GoPanicException.class, () -> go.squares(out, firstPage(4), 4));
    }

    /** Go's own Raw handles report it too: the check is in every downcall, not in the Java API. */
    @Test
    void theRawExportReportsItToo() {
        MemorySegment out = Arena.ofAuto().allocate(JAVA_DOUBLE, 1);
        assertThrows(GoPanicException.class, () -> Raw.ffm(firstPage(1), out, 1));
        assertThrows(GoPanicException.class, () -> Raw.jna(firstPage(1), out, 1));
    }

    /**
     * Threads that panic and threads that do not, at the same time, platform and virtual: every
     * panicking call throws, every other call returns its squares. A shared "last panic" would make
     * clean calls throw for other threads' panics.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void eachThreadSeesOnlyItsOwnPanics(Squares go) throws Exception {
        ManyThreads.run(4, 300, (thread, round) -> {
            if ((thread + round) % 2 == 0) {
                var e = assertThrows(GoPanicException.class,
                        () -> go.squares(firstPage(2), Arena.ofAuto().allocate(JAVA_DOUBLE, 2), 2));
                assertEquals(NIL_DEREFERENCE, e.goMessage());
            } else {
                double x = thread * 1000 + round;
                assertArrayEquals(new double[] {x * x, 4}, go.squares(new double[] {x, 2}));
            }
        });
    }
}
