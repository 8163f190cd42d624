package dev.gofromjava.structs;

import dev.gofromjava.support.AbiGuard;
import dev.gofromjava.support.GoLibrary;
import dev.gofromjava.support.NativePaths;
import org.junit.jupiter.api.Test;

/** The bindings against libstructs.h, the header cgo wrote for the exports. */
class PeopleAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new PeopleFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("structs"), GoLibrary.load("structs").descriptors());
    }

    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("structs"), PeopleJna.StructsLibrary.class);
    }
}
