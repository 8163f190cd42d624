package dev.gofromjava.performance;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libperformance.h, the header cgo wrote for the exports. */
class KernelsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new KernelsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("performance"), GoLibrary.load("performance").descriptors(KernelsFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("performance"), KernelsJna.KernelsLibrary.class);
    }
}
