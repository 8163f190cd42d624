package dev.gofromjava.concurrency;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libconcurrency.h, the header cgo wrote for the exports. */
class ConcurrencyAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new ConcurrencyFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("concurrency"), GoLibrary.load("concurrency").descriptors(ConcurrencyFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("concurrency"), ConcurrencyJna.ConcurrencyLibrary.class);
    }
}
