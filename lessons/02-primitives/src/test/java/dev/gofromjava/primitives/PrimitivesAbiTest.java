package dev.gofromjava.primitives;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libprimitives.h, the header cgo wrote for the exports. */
class PrimitivesAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new PrimitivesFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("primitives"), GoLibrary.load("primitives").descriptors(PrimitivesFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("primitives"), PrimitivesJna.PrimitivesLibrary.class);
    }
}
