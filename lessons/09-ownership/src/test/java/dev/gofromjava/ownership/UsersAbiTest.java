package dev.gofromjava.ownership;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libownership.h, the header cgo wrote for the exports. */
class UsersAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new UsersFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("ownership"), GoLibrary.load("ownership").descriptors(UsersFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("ownership"), UsersJna.OwnershipLibrary.class);
    }
}
