package dev.gofromjava.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoPanicException;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.testkit.FirstPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bad pointer in either export is a {@link GoPanicException}, never a crash: a name, or an info,
 * in the first page ({@link FirstPage}), passed straight to the exports.
 *
 * <p>Go's read in the first page is a memory error on purpose: memcheck leaves this class out.
 */
@Tag("memory-error-on-purpose")
class UsersPanicTest {
    /** The exports with a pointer where the binding has a String: for inputs Java never makes. */
    interface RawOwnership extends Library {
        UsersJna.UserInfoStruct getUserInfo(Pointer cname);

        void delUserInfo(UsersJna.UserInfoStruct info);
    }

    static final RawOwnership RAW = JnaLoader.load("ownership", RawOwnership.class);

    @Test
    void badPointersPanicInBothExports() {
        var get = assertThrows(GoPanicException.class, () -> RAW.getUserInfo(FirstPage.pointer()));
        assertEquals("getUserInfo", get.export());
        UsersJna.UserInfoStruct bad = new UsersJna.UserInfoStruct();
        bad.info = FirstPage.pointer();
        var del = assertThrows(GoPanicException.class, () -> RAW.delUserInfo(bad));
        assertEquals("delUserInfo", del.export());
        assertEquals(FirstPage.NIL_DEREFERENCE, del.goMessage());
    }
}
