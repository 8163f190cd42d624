package dev.gofromjava.structs;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libstructs.h, the header cgo wrote for the exports. */
class PeopleAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new PeopleFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("structs"), GoLibrary.load("structs").descriptors(PeopleFfm.class));
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("structs"), PeopleJna.StructsLibrary.class);
    }
}
