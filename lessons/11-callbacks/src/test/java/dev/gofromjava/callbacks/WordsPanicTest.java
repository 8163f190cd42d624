package dev.gofromjava.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Memory;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.testkit.FirstPage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pointers into the first page ({@link FirstPage}), passed straight to the exports: Go's fault
 * becomes a panic, returned as the walk's failure when Go can still write its message, and left
 * as a note ({@link GoPanicException}) when it cannot.
 *
 * <p>Go's accesses in the first page are memory errors on purpose: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
class WordsPanicTest {
    private static final WordsJna.Visit NEVER = (index, word, wordN, thread) -> {
        throw new AssertionError("no word to visit");
    };

    @Test
    void aBadTextIsReturnedAsTheWalksFailure() {
        try (Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            assertEquals(-1, WordsJna.WordsLibrary.walkWords(FirstPage.pointer(), 5, NEVER, message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
            JnaLoader.throwIfPanicked("walkWords"); // no note: the status and message said it all
            assertEquals(-1, WordsJna.WordsLibrary.walkWordsParallel(FirstPage.pointer(), 5, 2, NEVER, message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
        }
    }

    /** The message cannot be written: Go leaves the note, and the status still says -1. */
    @Test
    void aBadMessageBufferLeavesTheNote() {
        long status = WordsJna.WordsLibrary.walkWords(null, 0, null, FirstPage.pointer(), 64); // visit NULL: a bad request
        var e = assertThrows(GoPanicException.class, () -> JnaLoader.throwIfPanicked("walkWords"));
        assertEquals(-1, status);
        assertEquals(FirstPage.NIL_DEREFERENCE + "; then, while returning it as an error: " + FirstPage.NIL_DEREFERENCE,
                e.goMessage());
    }
}
