package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.testkit.FirstPage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A nil dereference in Go, in this JVM: Go's SIGSEGV handler keeps it (a fault in Go code), the
 * guard recovers the panic, and Java gets the exception.
 *
 * <p>Go reads address 0 on purpose, which valgrind rightly reports: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
class TwoRuntimesPanicTest {
    static final List<TwoRuntimes> BINDINGS = TwoRuntimesTest.BINDINGS;

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aNilDereferenceIsAPanicException(TwoRuntimes go) {
        var e = assertThrows(GoPanicException.class, go::dereferenceNil);
        assertEquals(FirstPage.NIL_DEREFERENCE, e.goMessage());
        assertTrue(go.spin(1, 0) >= 1, "Go still works after the panic");
    }
}
