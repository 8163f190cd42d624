package dev.gofromjava.ownership;

import static java.lang.foreign.ValueLayout.ADDRESS;

import dev.gofromjava.bridge.CStrings;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@link Users} with FFM. Go's C string becomes a segment of an arena, with a cleanup action that
 * gives it back to Go: closing the arena, or the garbage collector collecting an automatic one,
 * runs the action once.
 */
public final class UsersFfm implements Users {
    private static final GoLibrary LIB = GoLibrary.load("ownership");

    // docs:begin handles
    /** struct userInfo { char* info; }, which crosses by value both ways. */
    static final StructLayout USER_INFO = MemoryLayout.structLayout(ADDRESS.withName("info")).withName("userInfo");

    // struct userInfo getUserInfo(char* cname); a struct result takes a SegmentAllocator first
    private static final MethodHandle GET_USER_INFO =
            LIB.downcall("getUserInfo", FunctionDescriptor.of(USER_INFO, ADDRESS));
    // void delUserInfo(struct userInfo info);
    private static final MethodHandle DEL_USER_INFO = LIB.downcall("delUserInfo", FunctionDescriptor.ofVoid(USER_INFO));
    // docs:end handles

    // docs:begin arena
    /**
     * Go's info on {@code name}, as a C string in a segment of {@code arena}: Go's memory is freed
     * when the arena closes (an automatic arena: when the collector finds it unreachable), and the
     * segment can no longer be read.
     */
    @SuppressWarnings("restricted") // reinterpret: Go's string is exactly that long
    public MemorySegment getUserInfo(String name, Arena arena) {
        Checks.utf8Length(name, "name");
        MemorySegment info;
        try (Arena call = Arena.ofConfined()) {
            MemorySegment result = (MemorySegment) GET_USER_INFO.invokeExact((SegmentAllocator) call, call.allocateFrom(name));
            info = result.get(ADDRESS, 0); // zero-length: FFM does not know how long the string is
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
        if (info.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("Go returned no user info (out of C memory?)");
        }
        // docs:begin owner
        long size = CStrings.byteLength(info) + 1; // exactly Go's block: the string and its NUL
        // The cleanup runs once, when the arena closes; it must not capture the segment's owner.
        return info.reinterpret(size, arena, UsersFfm::free);
        // docs:end owner
    }

    /** Gives the string back to Go: delUserInfo, which takes the struct by value. */
    private static void free(MemorySegment info) {
        try (Arena call = Arena.ofConfined()) {
            MemorySegment struct = call.allocate(USER_INFO);
            struct.set(ADDRESS, 0, info);
            DEL_USER_INFO.invokeExact(struct);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end arena

    // docs:begin users
    @Override
    public UserInfo getUserInfo(String name) {
        Arena arena = Arena.ofShared(); // closed by UserInfo.close(), from any thread
        try {
            MemorySegment info = getUserInfo(name, arena);
            return new UserInfo(new UserInfo.Memory() {
                public String read() {
                    return info.getString(0);
                }

                public void free() {
                    arena.close(); // runs the cleanup: delUserInfo
                }
            });
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    @Override
    public UserInfo getUserInfoFreedByGc(String name) {
        MemorySegment info = getUserInfo(name, Arena.ofAuto()); // held by the UserInfo, so the arena too
        return new UserInfo(new UserInfo.Memory() {
            public String read() {
                return info.getString(0);
            }

            public void free() {
                // An automatic arena cannot be closed: Go's memory goes when the collector finds it unreachable.
            }
        });
    }
    // docs:end users

    @Override
    public String toString() {
        return "FFM";
    }
}
