package dev.gofromjava.ownership;

import dev.gofromjava.support.AbiGuard;
import dev.gofromjava.support.GoLibrary;
import dev.gofromjava.support.NativePaths;
import org.junit.jupiter.api.Test;

/** The bindings against libownership.h, the header cgo wrote for the exports. */
class UsersAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new UsersFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("ownership"), GoLibrary.load("ownership").descriptors());
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("ownership"), UsersJna.OwnershipLibrary.class);
    }
}
