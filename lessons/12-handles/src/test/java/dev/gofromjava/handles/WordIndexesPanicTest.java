package dev.gofromjava.handles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.testkit.FirstPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pointers into the first page ({@link FirstPage}), passed straight to the exports: Go's fault
 * becomes a panic, returned as the call's error when Go can still write one, and left as a note
 * ({@link GoPanicException}) when it cannot. Nothing is left pinned or counted.
 *
 * <p>Go's accesses in the first page are memory errors on purpose: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
class WordIndexesPanicTest {
    /** The exports with pointers where the binding has a String: for inputs Java never makes. */
    interface RawHandles extends Library {
        long indexAdd(long handle, Pointer text, Pointer errOut, long errN);

        long indexSnapshot(long handle, Pointer data, Pointer size, Pointer errOut, long errN);

        long indexFree(long handle, Pointer errOut, long errN);
    }

    static final RawHandles RAW = JnaLoader.load("handles", RawHandles.class);
    static final GoLibrary LIB = GoLibrary.load("handles");

    @Test
    void aBadTextIsReturnedAsAnError() {
        try (WordIndex index = new WordIndexesJna().newIndex(); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            assertEquals(-1, RAW.indexAdd(index.handle(), FirstPage.pointer(), message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
        }
    }

    /** Go checks that it can write the results before it pins anything: nothing is left pinned or counted. */
    @Test
    void aBadResultCellLendsNothing() {
        try (WordIndex index = new WordIndexesJna().newIndex(); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY);
                Memory cell = new Memory(8)) {
            cell.clear();
            long live = LIB.liveHandles();
            assertEquals(0, RAW.indexSnapshot(index.handle(), FirstPage.pointer(), cell, message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
            assertEquals(0, RAW.indexSnapshot(index.handle(), cell, FirstPage.pointer(), message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
            assertEquals(live, LIB.liveHandles());
        }
    }

    /** The error cannot be written where it should go: Go leaves the note, and the status still says -1. */
    @Test
    void aBadMessageBufferLeavesTheNote() {
        long status = WordIndexesJna.HandlesLibrary.indexFree(0, FirstPage.pointer(), 64);
        var e = assertThrows(GoPanicException.class, () -> JnaLoader.throwIfPanicked("indexFree"));
        assertEquals(-1, status);
        assertEquals(FirstPage.NIL_DEREFERENCE + "; then, while returning it as an error: " + FirstPage.NIL_DEREFERENCE,
                e.goMessage());
    }
}
