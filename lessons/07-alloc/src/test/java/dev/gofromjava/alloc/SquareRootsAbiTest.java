package dev.gofromjava.alloc;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bindings against liballoc.h, the header cgo wrote for the exports. */
class SquareRootsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new SquareRootsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("alloc"), GoLibrary.load("alloc").descriptors(SquareRootsFfm.class));
    }

    /**
     * JNA binds sqrtsSized only. The article's sqrts takes the allocator's block on trust and
     * writes past one that is too small; the FFM binding keeps it for the tests that show that
     * (UnsizedAllocatorTest), and nothing a reader calls uses it.
     */
    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("alloc"), SquareRootsJna.AllocLibrary.class,
                Map.of("sqrts", "the article's unsized allocator; the JNA binding calls sqrtsSized"));
    }
}
