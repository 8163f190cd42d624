package dev.gofromjava.hello;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libhello.h, the header cgo wrote for the exports. */
class HelloAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new HelloFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("hello"), GoLibrary.load("hello").descriptors(HelloFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("hello"), HelloJna.HelloLibrary.class);
    }
}
