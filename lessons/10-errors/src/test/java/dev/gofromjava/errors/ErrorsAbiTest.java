package dev.gofromjava.errors;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against liberrors.h, the header cgo wrote for the exports. */
class ErrorsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new ErrorsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("errors"), GoLibrary.load("errors").descriptors(ErrorsFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("errors"), ErrorsJna.ErrorsLibrary.class);
    }
}
