package dev.gofromjava.alloc;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against liballoc.h, the header cgo wrote for the exports. */
class SquareRootsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new SquareRootsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("alloc"), GoLibrary.load("alloc").descriptors());
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("alloc"), SquareRootsJna.AllocLibrary.class);
    }
}
