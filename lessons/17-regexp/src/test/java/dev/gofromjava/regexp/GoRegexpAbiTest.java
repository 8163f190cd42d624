package dev.gofromjava.regexp;

import dev.gofromjava.support.AbiGuard;
import dev.gofromjava.support.GoLibrary;
import dev.gofromjava.support.NativePaths;
import org.junit.jupiter.api.Test;

/** The bindings against libgoregexp.h, the header cgo wrote for the exports. */
class GoRegexpAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new GoRegexpFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("goregexp"), GoLibrary.load("goregexp").descriptors());
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("goregexp"), GoRegexpJna.RegexpLibrary.class);
    }
}
