package dev.gofromjava.ownership;

import static dev.gofromjava.bridge.JnaLoader.checked;
import static dev.gofromjava.bridge.JnaLoader.throwIfPanicked;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;

/** {@link Users} with JNA: Go's struct is a {@code Structure.ByValue}; the collector's path is a {@link Cleaner}. */
public final class UsersJna implements Users {
    // docs:begin jna
    /** struct userInfo { char* info; }, by value both ways. */
    @Structure.FieldOrder({"info"})
    public static final class UserInfoStruct extends Structure implements Structure.ByValue {
        public Pointer info;
    }

    /** The exports of libownership.so, bound once when this class initialises. */
    static final class OwnershipLibrary {
        static {
            JnaLoader.register(OwnershipLibrary.class, "ownership");
        }

        static native UserInfoStruct getUserInfo(String cname); // struct userInfo getUserInfo(char* cname)
        static native void delUserInfo(UserInfoStruct info);    // void delUserInfo(struct userInfo info)

        private OwnershipLibrary() {}
    }
    // docs:end jna

    /** One Cleaner, one thread, for every UserInfo this binding hands out. */
    private static final Cleaner CLEANER = Cleaner.create();

    // docs:begin users
    @Override
    public UserInfo getUserInfo(String name) {
        Pointer info = info(name);
        return new UserInfo(new UserInfo.Memory() {
            public String read() {
                return info.getString(0, StandardCharsets.UTF_8.name());
            }

            public void free() {
                delUserInfo(Pointer.nativeValue(info));
            }
        });
    }

    @Override
    public UserInfo getUserInfoFreedByGc(String name) {
        Pointer info = info(name);
        long address = Pointer.nativeValue(info);
        // The action holds the address, never the UserInfo: if it held the object, the object
        // could never become unreachable, and the action would never run.
        Cleaner.Cleanable[] cleanable = new Cleaner.Cleanable[1];
        UserInfo user = new UserInfo(new UserInfo.Memory() {
            public String read() {
                return info.getString(0, StandardCharsets.UTF_8.name());
            }

            public void free() {
                cleanable[0].clean(); // at most once, whether close() or the collector comes first
            }
        });
        cleanable[0] = CLEANER.register(user, () -> delUserInfo(address));
        return user;
    }
    // docs:end users

    private static Pointer info(String name) {
        Checks.utf8Length(name, "name");
        Pointer info = checked("getUserInfo", OwnershipLibrary.getUserInfo(name)).info;
        if (info == null) {
            throw new IllegalStateException("Go returned no user info (out of C memory?)");
        }
        return info;
    }

    private static void delUserInfo(long address) {
        UserInfoStruct struct = new UserInfoStruct();
        struct.info = new Pointer(address);
        OwnershipLibrary.delUserInfo(struct);
        throwIfPanicked("delUserInfo");
    }

    @Override
    public String toString() {
        return "JNA";
    }
}
