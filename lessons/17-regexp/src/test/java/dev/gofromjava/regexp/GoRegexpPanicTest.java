package dev.gofromjava.regexp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Memory;
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
 * ({@link GoPanicException}) when it cannot. No handle is made or lost.
 *
 * <p>Go's accesses in the first page are memory errors on purpose: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
class GoRegexpPanicTest {
    static final GoLibrary LIB = GoLibrary.load("goregexp");

    @Test
    void aBadTextOrPatternIsReturnedAsAnError() {
        try (GoPattern p = new GoRegexpJna().compile("a"); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            long live = LIB.liveHandles();
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexMatches(p.handle(), FirstPage.pointer(), 4, message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
            assertEquals(0, GoRegexpJna.RegexpLibrary.regexCompile(FirstPage.pointer(), 4, message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
            assertEquals(live, LIB.liveHandles());
        }
    }

    /** The matches cannot be written: the error says so, and nothing was made. */
    @Test
    void aBadOutputBufferIsReturnedAsAnError() {
        try (GoPattern p = new GoRegexpJna().compile("a"); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY);
                Memory text = new Memory(1)) {
            text.setByte(0, (byte) 'a');
            assertEquals(-1, GoRegexpJna.RegexpLibrary.regexFindAll(p.handle(), text, 1, -1, FirstPage.pointer(), 2,
                    message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
        }
    }

    /** The error cannot be written where it should go: Go leaves the note, and the status still says -1. */
    @Test
    void aBadMessageBufferLeavesTheNote() {
        long status = GoRegexpJna.RegexpLibrary.regexFree(0, FirstPage.pointer(), 64);
        var e = assertThrows(GoPanicException.class, () -> JnaLoader.throwIfPanicked("regexFree"));
        assertEquals(-1, status);
        assertEquals(FirstPage.NIL_DEREFERENCE + "; then, while returning it as an error: " + FirstPage.NIL_DEREFERENCE,
                e.goMessage());
    }
}
