package dev.gofromjava.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.testkit.FirstPage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * fill has no result, so before the guard told Java, a panic in it was invisible. The input is one
 * a caller can pass: a full-name buffer in the first page ({@link FirstPage}).
 *
 * <p>Go's write in the first page is a memory error on purpose: memcheck leaves this class out
 * (valgrind would rightly report it), as it does the other tests tagged so.
 */
@Tag("memory-error-on-purpose")
class PeoplePanicTest {
    static final List<People> BINDINGS = PeopleTest.BINDINGS;

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aPanicIsAnException(People go) {
        var e = assertThrows(GoPanicException.class, () -> go.fill("John", "Galt", FirstPage.segment(64)));
        assertEquals("fill", e.export());
        assertEquals(FirstPage.NIL_DEREFERENCE, e.goMessage());
    }
}
