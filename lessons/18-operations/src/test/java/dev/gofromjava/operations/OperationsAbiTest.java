package dev.gofromjava.operations;

import dev.gofromjava.testkit.AbiGuard;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import org.junit.jupiter.api.Test;

/** The bindings against liboperations.h, the header cgo wrote for the exports. */
class OperationsAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new OperationsFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("operations"), GoLibrary.load("operations").descriptors(OperationsFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("operations"), OperationsJna.OperationsLibrary.class);
    }
}
