package dev.gofromjava.bridge;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Lesson 10's status form, for the exports of later lessons that use it: an export returns 0 or
 * more on success, or -1 after writing its error's text, cut to fit and NUL-terminated, into a
 * message buffer the caller passed. Nothing to free either way: the caller owns the buffer.
 *
 * <p>{@link #call(String, SegmentAllocator, FfmCall)} and {@link #call(String, JnaCall)} make the
 * whole call: a buffer of {@link #MESSAGE_CAPACITY} bytes, the export, the check.
 */
public final class GoStatus {
    /**
     * The bytes of the message buffer: a longer message arrives cut, at a character boundary.
     * Room for Go's messages here, the longest being a regexp's parse error, which quotes the
     * part of the pattern it stopped at.
     */
    public static final int MESSAGE_CAPACITY = 512;

    private GoStatus() {}

    /** An FFM call of an export of this form, given the message buffer and its size in bytes. */
    @FunctionalInterface
    public interface FfmCall {
        long call(MemorySegment message, long capacity) throws Throwable;
    }

    /** A JNA call of an export of this form, given the message buffer and its size in bytes. */
    @FunctionalInterface
    public interface JnaCall {
        long call(Pointer message, long capacity);
    }

    /**
     * Calls {@code export} through {@code call} with a message buffer from {@code allocator} (the
     * call's arena), and returns its status as {@link #check(String, long, MemorySegment)} does.
     */
    public static long call(String export, SegmentAllocator allocator, FfmCall call) {
        MemorySegment message = allocator.allocate(MESSAGE_CAPACITY);
        long status;
        try {
            status = call.call(message, message.byteSize());
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
        return check(export, status, message);
    }

    /**
     * Calls {@code export} through {@code call} with a message buffer in JNA's memory, freed when
     * the call returns, and returns its status as {@link #check(String, long, Pointer)} does, after
     * {@link JnaLoader#throwIfPanicked} (which a direct-mapped call needs; an interface's proxy has
     * made it already, and then it finds nothing).
     */
    public static long call(String export, JnaCall call) {
        try (Memory message = new Memory(MESSAGE_CAPACITY)) {
            return check(export, JnaLoader.checked(export, call.call(message, message.size())), message);
        }
    }

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
