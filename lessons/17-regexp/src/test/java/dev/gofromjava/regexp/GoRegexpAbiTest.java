package dev.gofromjava.regexp;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libgoregexp.h, the header cgo wrote for the exports. */
class GoRegexpAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new GoRegexpFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("goregexp"), GoLibrary.load("goregexp").descriptors(GoRegexpFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("goregexp"), GoRegexpJna.RegexpLibrary.class);
    }
}
