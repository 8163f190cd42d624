package dev.gofromjava.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.testkit.Stress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each against both bindings; the testkit module checks the ledger after each. */
class ErrorsTest {
    static final List<Errors> BINDINGS = List.of(new ErrorsFfm(), new ErrorsJna());
    static final GoLibrary LIB = GoLibrary.load("errors");

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesExample(Errors go) {
        assertTrue(go.even(2));
        assertFalse(go.even(7));
        assertTrue(go.evenStatus(2));
        assertFalse(go.evenStatus(7));
    }

    // docs:begin error
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void goErrorIsAJavaExceptionAndItsMessageIsFreed(Errors go) {
        long live = LIB.liveAllocations();
        var e = assertThrows(GoErrorException.class, () -> go.even(-3));
        assertEquals("even", e.export());
        assertEquals("-3 is negative, want at least 0", e.goMessage());
        assertEquals("Go's even failed: -3 is negative, want at least 0", e.getMessage());
        assertEquals(live, LIB.liveAllocations(), "the binding freed Go's message, once");
    }
    // docs:end error

    /** The two forms report the same error; only the struct form allocates, so only it must be freed. */
    @Test
    void theStructFormAllocatesTheMessageTheStatusFormDoesNot() {
        long live = LIB.liveAllocations();
        ErrorsJna.EvenReturn r = ErrorsJna.ErrorsLibrary.even(-3);
        assertNotNull(r.r1.err);
        assertEquals(live + 1, LIB.liveAllocations(), "the message is Java's until delError");
        ErrorsJna.ErrorsLibrary.delError(r.r1);
        assertEquals(live, LIB.liveAllocations());

        try (Memory result = new Memory(1); Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            assertEquals(-1, ErrorsJna.ErrorsLibrary.evenStatus(-3, result, message, message.size()));
            assertEquals(live, LIB.liveAllocations(), "nothing to free: the message is in Java's buffer");
            assertEquals("-3 is negative, want at least 0", message.getString(0, "UTF-8"));
        }
    }

    /** No error: err is NULL, and nothing is allocated. */
    @Test
    void successLeavesErrNullAndAllocatesNothing() {
        long live = LIB.liveAllocations();
        ErrorsJna.EvenReturn r = ErrorsJna.ErrorsLibrary.even(4);
        assertEquals(1, r.r0);
        assertNull(r.r1.err);
        assertEquals(live, LIB.liveAllocations());
    }

    @Test
    void evenStatusReportsANullResultPointer() {
        try (Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            assertEquals(-2, ErrorsJna.ErrorsLibrary.evenStatus(2, null, message, message.size()));
        }
    }

    // docs:begin panics
    /**
     * Go code that panics, 10 000 times a binding (fewer under valgrind: Stress): each panic is
     * recovered in Go and returned as the call's error, so each call throws with Go's text; the
     * JVM survives and nothing leaks.
     */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void everyPanicIsAnException(Errors go) {
        long live = LIB.liveAllocations();
        long panics = LIB.recoveredPanics();
        int rounds = Stress.rounds(10_000);
        for (int i = 0; i < rounds; i++) {
            long dividend = i;
            var e = assertThrows(GoErrorException.class, () -> go.divide(dividend, 0));
            assertEquals("runtime error: integer divide by zero", e.goMessage());
        }
        assertEquals(panics + rounds, LIB.recoveredPanics(), "Go recovered each one");
        assertEquals(live, LIB.liveAllocations(), "each message freed");
    }
    // docs:end panics

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void everyKindOfPanicIsReportedWithItsText(Errors go) {
        assertEquals("no prime #6: the table stops at #5", assertThrows(GoErrorException.class, () -> go.prime(6)).goMessage());
        assertEquals("runtime error: index out of range [-1]",
                assertThrows(GoErrorException.class, () -> go.prime(-1)).goMessage());
        assertEquals("assignment to entry in nil map", assertThrows(GoErrorException.class, () -> go.tally("go")).goMessage());
        assertEquals(13, go.prime(5));
        assertEquals(-3, go.divide(-7, 2), "Go rounds toward zero, as Java does");
    }

    /** A returned error is not a panic note: GoPanicException is kept for panics Go could not return. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aReturnedPanicIsAGoErrorExceptionNotAGoPanicException(Errors go) {
        var e = assertThrows(GoErrorException.class, () -> go.divide(1, 0));
        assertFalse(e instanceof GoPanicException, e.toString());
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badWordsAreRefusedBeforeGo(Errors go) {
        assertEquals("word must not be null", assertThrows(NullPointerException.class, () -> go.tally(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> go.tally("a\0b"));
    }
}
