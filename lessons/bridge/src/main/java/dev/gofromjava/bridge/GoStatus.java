package dev.gofromjava.bridge;

import com.sun.jna.Pointer;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Lesson 10's status form, for the exports of later lessons that use it: an export returns 0 or
 * more on success, or -1 after writing its error's text, cut to fit and NUL-terminated, into a
 * message buffer the caller passed. Nothing to free either way: the caller owns the buffer.
 */
public final class GoStatus {
    private GoStatus() {}

    /**
     * {@code status} when it is 0 or more; {@link GoErrorException} with Go's text from {@code
     * message} when it is -1; {@link IllegalStateException} for any other value, which no export
     * of this form returns.
     */
    public static long check(String export, long status, MemorySegment message) {
        return check(export, status, () -> message.getString(0));
    }

    /** {@link #check(String, long, MemorySegment)}, with the message in JNA's memory. */
    public static long check(String export, long status, Pointer message) {
        return check(export, status, () -> message.getString(0, StandardCharsets.UTF_8.name()));
    }

    private static long check(String export, long status, Supplier<String> message) {
        if (status == -1) {
            throw new GoErrorException(export, message.get());
        }
        if (status < 0) {
            throw new IllegalStateException(export + " returned an unknown status, " + status);
        }
        return status;
    }
}
