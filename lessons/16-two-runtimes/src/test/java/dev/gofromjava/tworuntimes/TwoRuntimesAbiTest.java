package dev.gofromjava.tworuntimes;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libtworuntimes.h, the header cgo wrote for the exports. */
class TwoRuntimesAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new TwoRuntimesFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("tworuntimes"), GoLibrary.load("tworuntimes").descriptors(TwoRuntimesFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("tworuntimes"), TwoRuntimesJna.TwoRuntimesLibrary.class);
    }
}
