package dev.gofromjava.performance;

import dev.gofromjava.support.AbiGuard;
import dev.gofromjava.support.GoLibrary;
import dev.gofromjava.support.NativePaths;
import org.junit.jupiter.api.Test;

/** The bindings against libperformance.h, the header cgo wrote for the exports. */
class KernelsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new KernelsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("performance"), GoLibrary.load("performance").descriptors());
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("performance"), KernelsJna.KernelsLibrary.class);
    }
}
