package dev.gofromjava.stringarrays;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libstringarrays.h, the header cgo wrote for the exports. */
class StringArraysAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new StringArraysFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("stringarrays"), GoLibrary.load("stringarrays").descriptors(StringArraysFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("stringarrays"), StringArraysJna.StringArraysLibrary.class);
    }
}
