package dev.gofromjava.packaging;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.testkit.FirstPage;
import dev.gofromjava.testkit.GuardedBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A name in the first page of memory: Go reads it, panics, recovers, returns -1 and Java throws
 * {@link GoPanicException}. Reading the first page is a memory error on purpose, so memcheck
 * leaves this class out.
 */
@Tag("memory-error-on-purpose")
class PackagingPanicTest {
    interface RawPackaging extends Library {
        long greet(Pointer name, Pointer out, long outN);
    }

    @Test
    void aBadNamePointerIsAPanicInBothBindings() {
        RawPackaging jna = JnaLoader.load(new PackagingJna().library(), RawPackaging.class);
        try (GuardedBuffer out = GuardedBuffer.allocate(32)) {
            var ffm = assertThrows(GoPanicException.class, () -> PackagingFfm.greet(FirstPage.segment(1), out.segment(), 32));
            assertEquals("greet", ffm.export());
            assertEquals(FirstPage.NIL_DEREFERENCE, ffm.goMessage());
            assertEquals(0, out.segment().get(JAVA_BYTE, 0), "an empty string, written before the name is read");
            var viaJna = assertThrows(GoPanicException.class, () -> jna.greet(FirstPage.pointer(), out.pointer(), 32));
            assertEquals(FirstPage.NIL_DEREFERENCE, viaJna.goMessage());
            out.checkGuards();
        }
    }
}
