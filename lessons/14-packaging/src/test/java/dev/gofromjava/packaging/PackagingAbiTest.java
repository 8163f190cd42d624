package dev.gofromjava.packaging;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against the header cgo wrote beside this machine's library (target/native). */
class PackagingAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        Packaging ffm = new PackagingFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("packaging"), GoLibrary.load(ffm.library()).descriptors(PackagingFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("packaging"), PackagingJna.PackagingLibrary.class);
    }
}
