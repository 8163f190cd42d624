package dev.gofromjava.arrays;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libarrays.h, the header cgo wrote for the exports. */
class SquaresAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new SquaresFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("arrays"), GoLibrary.load("arrays").descriptors(SquaresFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("arrays"), SquaresJna.ArraysLibrary.class);
    }
}
