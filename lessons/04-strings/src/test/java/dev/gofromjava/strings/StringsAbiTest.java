package dev.gofromjava.strings;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libstrings.h, the header cgo wrote for the exports. */
class StringsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new StringsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("strings"), GoLibrary.load("strings").descriptors(StringsFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("strings"), StringsJna.StringsLibrary.class);
    }
}
