package dev.gofromjava.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Memory;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Every property runs against both bindings; a failure names the binding. */
class ErrorsProperties {
    private static final List<Errors> BINDINGS = ErrorsTest.BINDINGS;

    /** even and evenStatus are Java's {@code i % 2 == 0}, and both refuse a negative i with the same text. */
    @Property
    void evenIsJavasParity(@ForAll long i) {
        for (Errors go : BINDINGS) {
            if (i >= 0) {
                assertEquals(i % 2 == 0, go.even(i), go + " even");
                assertEquals(i % 2 == 0, go.evenStatus(i), go + " evenStatus");
            } else {
                String want = i + " is negative, want at least 0";
                assertEquals(want, assertThrows(GoErrorException.class, () -> go.even(i), go.toString()).goMessage());
                assertEquals(want, assertThrows(GoErrorException.class, () -> go.evenStatus(i), go.toString()).goMessage());
            }
        }
    }

    /** Go's / is Java's / (rounded toward zero, MIN_VALUE / -1 wraps); dividing by zero is Go's panic, as an error. */
    @Property
    void divideIsJavasDivision(@ForAll long a, @ForAll @LongRange(min = -3, max = 3) long small, @ForAll boolean useSmall,
                               @ForAll long b) {
        long divisor = useSmall ? small : b;
        for (Errors go : BINDINGS) {
            if (divisor != 0) {
                assertEquals(a / divisor, go.divide(a, divisor), go.toString());
            } else {
                assertEquals("runtime error: integer divide by zero",
                        assertThrows(GoErrorException.class, () -> go.divide(a, divisor), go.toString()).goMessage());
            }
        }
    }

    @Property
    void primeIsTheTableOrAnError(@ForAll @LongRange(min = -100, max = 100) long i) {
        long[] table = {2, 3, 5, 7, 11, 13};
        for (Errors go : BINDINGS) {
            if (i >= 0 && i < table.length) {
                assertEquals(table[(int) i], go.prime(i), go.toString());
            } else {
                String want = i < 0 ? "runtime error: index out of range [" + i + "]"
                        : "no prime #" + i + ": the table stops at #5";
                assertEquals(want, assertThrows(GoErrorException.class, () -> go.prime(i), go.toString()).goMessage());
            }
        }
    }

    // docs:begin capacity
    /**
     * evenStatus's message, into every capacity from 0 to what it needs plus 8, inside guard bytes:
     * the longest prefix that fits and one NUL; nothing at all into 0 bytes; never a byte outside.
     */
    @Property
    void evenStatusWritesOnlyWhatFits(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long i, @ForAll @IntRange(max = 8) int extra,
                                      @ForAll @IntRange(max = 1000) int cut) {
        byte[] message = (i + " is negative, want at least 0").getBytes(StandardCharsets.UTF_8);
        int capacity = Math.floorMod(cut, message.length + 1 + extra + 1); // 0 .. need + extra
        for (String binding : List.of("FFM", "JNA")) {
            try (GuardedBuffer errOut = GuardedBuffer.allocate(capacity)) {
                assertEquals(-1, evenStatus(binding, i, errOut), binding);
                if (capacity > 0) {
                    String want = new String(message, 0, Math.min(message.length, capacity - 1), StandardCharsets.UTF_8);
                    assertEquals(want, errOut.cString(), binding);
                }
                errOut.checkGuards(); // with 0 bytes, the guard begins where the buffer would
            }
        }
    }
    // docs:end capacity

    private static long evenStatus(String binding, long i, GuardedBuffer errOut) {
        if (binding.equals("FFM")) {
            try (Arena arena = Arena.ofConfined()) {
                return new ErrorsFfm().evenStatus(i, arena.allocate(1), errOut.segment());
            }
        }
        try (Memory result = new Memory(1)) {
            return ErrorsJna.ErrorsLibrary.evenStatus(i, result, errOut.pointer(), errOut.capacity());
        }
    }
}
