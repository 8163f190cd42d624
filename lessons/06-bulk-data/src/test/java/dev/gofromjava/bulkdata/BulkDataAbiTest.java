package dev.gofromjava.bulkdata;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.AbiGuard;
import org.junit.jupiter.api.Test;

/** The bindings against libbulkdata.h, the header cgo wrote for the export. */
class BulkDataAbiTest {
    @Test
    void ffmDescriptorsMatchTheHeader() {
        new BulkDataFfm(); // binds its handles
        AbiGuard.checkFfm(NativePaths.header("bulkdata"), GoLibrary.load("bulkdata").descriptors(BulkDataFfm.class));
    }

    /** All three overloads (long[], LongBuffer, Pointer) against the one prototype. */
    @Test
    void jnaMethodsMatchTheHeader() {
        AbiGuard.checkJna(NativePaths.header("bulkdata"), BulkDataJna.BulkDataLibrary.class);
    }
}
