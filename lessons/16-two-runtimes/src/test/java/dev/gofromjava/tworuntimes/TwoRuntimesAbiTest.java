package dev.gofromjava.tworuntimes;

import dev.gofromjava.support.AbiGuard;
import dev.gofromjava.support.GoLibrary;
import dev.gofromjava.support.NativePaths;
import org.junit.jupiter.api.Test;

/** The bindings against libtworuntimes.h, the header cgo wrote for the exports. */
class TwoRuntimesAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new TwoRuntimesFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("tworuntimes"), GoLibrary.load("tworuntimes").descriptors());
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("tworuntimes"), TwoRuntimesJna.TwoRuntimesLibrary.class);
    }
}
