package dev.gofromjava.testkit;

import com.sun.jna.Pointer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Native memory with guard bytes before and after the usable region, for tests that hand a
 * buffer to Go and must prove Go wrote nothing outside it.
 *
 * <p>The guards hold a random pattern of non-zero bytes (a stray NUL is the classic overrun, so
 * zero is never a guard value); {@link #checkGuards()} fails on any change and names the offset.
 * A stray write of exactly the guard's value goes unseen, with a chance of 1 in 255 per byte.
 */
public final class GuardedBuffer implements AutoCloseable {
    /** Guard bytes on each side. */
    public static final int GUARD = 64;

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment whole;
    private final MemorySegment usable;
    private final byte[] pattern = new byte[2 * GUARD];
    private final long capacity;

    private GuardedBuffer(long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, got " + capacity);
        }
        this.capacity = capacity;
        this.whole = arena.allocate(capacity + 2 * GUARD, 16);
        this.usable = whole.asSlice(GUARD, capacity);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) random.nextInt(1, 256);
        }
        MemorySegment.copy(pattern, 0, whole, ValueLayout.JAVA_BYTE, 0, GUARD);
        MemorySegment.copy(pattern, GUARD, whole, ValueLayout.JAVA_BYTE, GUARD + capacity, GUARD);
    }

    /** A buffer of {@code capacity} usable bytes (0 allowed), each set to {@code fill}. */
    public static GuardedBuffer allocate(long capacity, byte fill) {
        GuardedBuffer buffer = new GuardedBuffer(capacity);
        buffer.usable.fill(fill);
        return buffer;
    }

    /** A buffer of {@code capacity} usable bytes filled with 0x5A, a value no test writes on purpose. */
    public static GuardedBuffer allocate(long capacity) {
        return allocate(capacity, (byte) 0x5A);
    }

    /** The usable region: exactly {@code capacity} bytes. */
    public MemorySegment segment() {
        return usable;
    }

    /** The usable region as a JNA pointer. */
    public Pointer pointer() {
        return new Pointer(usable.address());
    }

    public long capacity() {
        return capacity;
    }

    /** Fails, naming the first changed offset relative to the usable region, if a guard byte changed. */
    public void checkGuards() {
        for (int i = 0; i < GUARD; i++) {
            byte before = whole.get(ValueLayout.JAVA_BYTE, i);
            if (before != pattern[i]) {
                throw new AssertionError(String.format(
                        "guard byte before the buffer changed at offset %d (capacity %d): 0x%02x -> 0x%02x",
                        i - GUARD, capacity, pattern[i] & 0xff, before & 0xff));
            }
        }
        for (int i = 0; i < GUARD; i++) {
            byte after = whole.get(ValueLayout.JAVA_BYTE, GUARD + capacity + i);
            if (after != pattern[GUARD + i]) {
                throw new AssertionError(String.format(
                        "guard byte after the buffer changed at offset %d (capacity %d): 0x%02x -> 0x%02x",
                        capacity + i, capacity, pattern[GUARD + i] & 0xff, after & 0xff));
            }
        }
    }

    /**
     * The C string in the buffer, read only within the capacity: fails if there is no NUL before
     * the capacity (the writer forgot it) or a guard byte changed. Never reads past the buffer.
     */
    public String cString() {
        checkGuards();
        for (long i = 0; i < capacity; i++) {
            if (usable.get(ValueLayout.JAVA_BYTE, i) == 0) {
                return usable.getString(0, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no NUL terminator within the buffer's " + capacity + " bytes");
    }

    /** Checks the guards, then frees the memory. */
    @Override
    public void close() {
        try {
            checkGuards();
        } finally {
            arena.close();
        }
    }
}
