package dev.gofromjava.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
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
 * ({@link GoPanicException}) when it cannot.
 *
 * <p>Go's accesses in the first page are memory errors on purpose: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
class ErrorsPanicTest {
    /** The exports with a pointer where the binding has a String: for inputs Java never makes. */
    interface RawErrors extends Library {
        ErrorsJna.Int64Return tally(Pointer word);
    }

    static final RawErrors RAW = JnaLoader.load("errors", RawErrors.class);

    @Test
    void aBadWordIsReturnedAsAnError() {
        ErrorsJna.Int64Return r = RAW.tally(FirstPage.pointer());
        try {
            assertEquals(FirstPage.NIL_DEREFERENCE, r.r1.err.getString(0, StandardCharsets.UTF_8.name()));
        } finally {
            ErrorsJna.ErrorsLibrary.delError(r.r1);
        }
    }

    @Test
    void aBadResultPointerIsReturnedAsAnError() {
        try (Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            assertEquals(-1, ErrorsJna.ErrorsLibrary.evenStatus(2, FirstPage.pointer(), message, message.size()));
            assertEquals(FirstPage.NIL_DEREFERENCE, message.getString(0, StandardCharsets.UTF_8.name()));
            JnaLoader.throwIfPanicked("evenStatus"); // no note: the error said it all
        }
    }

    /** The error cannot be written where it should go: Go leaves the note, and the status still says -1. */
    @Test
    void aBadMessageBufferLeavesTheNote() {
        try (Memory result = new Memory(1)) {
            long status = ErrorsJna.ErrorsLibrary.evenStatus(-3, result, FirstPage.pointer(), 64);
            var e = assertThrows(GoPanicException.class, () -> JnaLoader.throwIfPanicked("evenStatus"));
            assertEquals(-1, status);
            assertEquals(FirstPage.NIL_DEREFERENCE + "; then, while returning it as an error: " + FirstPage.NIL_DEREFERENCE,
                    e.goMessage());
        }
    }
}
