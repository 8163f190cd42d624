package dev.gofromjava.handles;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libhandles.h, the header cgo wrote for the exports. */
class WordIndexesAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new WordIndexesFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("handles"), GoLibrary.load("handles").descriptors(WordIndexesFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("handles"), WordIndexesJna.HandlesLibrary.class);
    }
}
