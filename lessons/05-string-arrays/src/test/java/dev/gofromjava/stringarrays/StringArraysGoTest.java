package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The Go side on its own: raw calls with C arrays built by hand, past the Java checks, through
 * FFM and through JNA. What the Java API prevents (a missing terminator, a NULL element, NULL
 * pointers, bad sizes) is done here on purpose, with memory the test owns.
 */
class StringArraysGoTest {
    private static final GoLibrary LIB = GoLibrary.load("stringarrays");
    private static final byte FILL = 0x5A;

    /** The four exports that return values, with NULL allowed everywhere. Results are addresses (0 for NULL). */
    interface Raw {
        long joinSize(MemorySegment strs, String sep);

        long joinInto(MemorySegment strs, String sep, MemorySegment out, long outN);

        long joinCountedSize(MemorySegment strs, long n, String sep);

        long joinCountedInto(MemorySegment strs, long n, String sep, MemorySegment out, long outN);
    }

    static final class RawFfm implements Raw {
        private static final MethodHandle SIZE = LIB.downcall("joinSize", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
        private static final MethodHandle INTO = LIB.downcall("joinInto",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
        private static final MethodHandle COUNTED_SIZE = LIB.downcall("joinCountedSize",
                FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS));
        private static final MethodHandle COUNTED_INTO = LIB.downcall("joinCountedInto",
                FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
        private final Arena arena = Arena.ofAuto();

        private MemorySegment c(String s) {
            return s == null ? MemorySegment.NULL : arena.allocateFrom(s);
        }

        @Override
        public long joinSize(MemorySegment strs, String sep) {
            try {
                return (long) SIZE.invokeExact(strs, c(sep));
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        }

        @Override
        public long joinInto(MemorySegment strs, String sep, MemorySegment out, long outN) {
            try {
                return ((MemorySegment) INTO.invokeExact(strs, c(sep), out, outN)).address();
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        }

        @Override
        public long joinCountedSize(MemorySegment strs, long n, String sep) {
            try {
                return (long) COUNTED_SIZE.invokeExact(strs, n, c(sep));
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        }

        @Override
        public long joinCountedInto(MemorySegment strs, long n, String sep, MemorySegment out, long outN) {
            try {
                return ((MemorySegment) COUNTED_INTO.invokeExact(strs, n, c(sep), out, outN)).address();
            } catch (Throwable t) {
                throw GoLibrary.rethrow(t);
            }
        }

        @Override
        public String toString() {
            return "FFM";
        }
    }

    static final class RawJna implements Raw {
        private static Pointer p(MemorySegment s) {
            return s.equals(MemorySegment.NULL) ? null : new Pointer(s.address());
        }

        @Override
        public long joinSize(MemorySegment strs, String sep) {
            return StringArraysJna.LIB.joinSize(p(strs), sep);
        }

        @Override
        public long joinInto(MemorySegment strs, String sep, MemorySegment out, long outN) {
            return Pointer.nativeValue(StringArraysJna.LIB.joinInto(p(strs), sep, p(out), outN));
        }

        @Override
        public long joinCountedSize(MemorySegment strs, long n, String sep) {
            return StringArraysJna.LIB.joinCountedSize(p(strs), n, sep);
        }

        @Override
        public long joinCountedInto(MemorySegment strs, long n, String sep, MemorySegment out, long outN) {
            return Pointer.nativeValue(StringArraysJna.LIB.joinCountedInto(p(strs), n, sep, p(out), outN));
        }

        @Override
        public String toString() {
            return "JNA";
        }
    }

    static final List<Raw> RAW = List.of(new RawFfm(), new RawJna());

    private Arena arena;
    private long live;
    private long panics;

    @BeforeEach
    void open() {
        arena = Arena.ofConfined();
        live = LIB.liveAllocations();
        panics = LIB.recoveredPanics();
    }

    /** Every case below is refused or handled by a check in Go: no panic, nothing left allocated. */
    @AfterEach
    void close() {
        arena.close();
        assertEquals(live, LIB.liveAllocations(), "C memory left allocated");
        assertEquals(panics, LIB.recoveredPanics(), "Go panicked instead of checking");
    }

    private MemorySegment out(int size) {
        return arena.allocate(size).fill(FILL);
    }

    // docs:begin overrun
    /**
     * The caller means two strings but forgets the terminator. The NULL-terminated walk does not
     * stop after two: it reads the next slots too, memory that belongs to no array of the caller
     * (here, on purpose, a third string and a NULL). The counted form reads exactly two.
     */
    @ParameterizedTest
    @FieldSource("RAW")
    void aMissingTerminatorReadsPastTheArray(Raw go) {
        MemorySegment slots = StringArraysFfm.cArray(arena, new String[] {"yab", "dab", "not yours"}, true);
        MemorySegment two = slots.asSlice(0, 2 * ADDRESS.byteSize()); // what the caller meant
        MemorySegment out = out(64);

        assertEquals(out.address(), go.joinInto(two, "a", out, out.byteSize()));
        assertEquals("yabadabanot yours", out.getString(0));

        assertEquals(out.address(), go.joinCountedInto(two, 2, "a", out, out.byteSize()));
        assertEquals("yabadab", out.getString(0));
    }
    // docs:end overrun

    /** The counted form trusts its count as the other trusts its terminator: a count too large reads past the array. */
    @ParameterizedTest
    @FieldSource("RAW")
    void aCountLargerThanTheArrayReadsPastItToo(Raw go) {
        MemorySegment slots = StringArraysFfm.cArray(arena, new String[] {"yab", "dab", "not yours"}, false);
        MemorySegment two = slots.asSlice(0, 2 * ADDRESS.byteSize()); // what the caller has
        MemorySegment out = out(64);

        assertEquals(out.address(), go.joinCountedInto(two, 3, "a", out, out.byteSize()));
        assertEquals("yabadabanot yours", out.getString(0));
    }

    // docs:begin early
    /** A NULL element ends a terminated array early, silently; in a counted array Go refuses it. */
    @ParameterizedTest
    @FieldSource("RAW")
    void aNullElementEndsATerminatedArrayEarly(Raw go) {
        MemorySegment strs = arena.allocate(ADDRESS, 4);
        strs.setAtIndex(ADDRESS, 0, arena.allocateFrom("yab"));
        strs.setAtIndex(ADDRESS, 1, MemorySegment.NULL);
        strs.setAtIndex(ADDRESS, 2, arena.allocateFrom("doo!"));
        strs.setAtIndex(ADDRESS, 3, MemorySegment.NULL);
        MemorySegment out = out(16);

        assertEquals(4, go.joinSize(strs, "a"));
        assertEquals(out.address(), go.joinInto(strs, "a", out, out.byteSize()));
        assertEquals("yab", out.getString(0));

        assertEquals(-1, go.joinCountedSize(strs, 3, "a"));
        out.fill(FILL);
        assertEquals(0, go.joinCountedInto(strs, 3, "a", out, out.byteSize()));
        assertEmptyString(out);
    }
    // docs:end early

    @ParameterizedTest
    @FieldSource("RAW")
    void nullPointersAreRefused(Raw go) {
        MemorySegment strs = StringArraysFfm.cArray(arena, new String[] {"a"}, true);
        MemorySegment out = out(16);
        assertEquals(-1, go.joinSize(MemorySegment.NULL, ","));
        assertEquals(-1, go.joinSize(strs, null));
        assertEquals(-1, go.joinCountedSize(MemorySegment.NULL, 1, ","));
        assertEquals(-1, go.joinCountedSize(strs, 1, null));

        assertEquals(0, go.joinInto(MemorySegment.NULL, ",", out, out.byteSize()));
        assertEmptyString(out);
        out.fill(FILL);
        assertEquals(0, go.joinCountedInto(strs, 1, null, out, out.byteSize()));
        assertEmptyString(out);
        assertEquals(0, go.joinInto(strs, ",", MemorySegment.NULL, 16));
        assertEquals(0, go.joinCountedInto(strs, 1, ",", MemorySegment.NULL, 16));
    }

    /** No elements need no array: NULL with n = 0 is the empty string. */
    @ParameterizedTest
    @FieldSource("RAW")
    void zeroElementsNeedNoArray(Raw go) {
        MemorySegment out = out(4);
        assertEquals(1, go.joinCountedSize(MemorySegment.NULL, 0, ","));
        assertEquals(out.address(), go.joinCountedInto(MemorySegment.NULL, 0, ",", out, out.byteSize()));
        assertEmptyString(out);
    }

    @ParameterizedTest
    @FieldSource("RAW")
    void badCountsAreRefused(Raw go) {
        MemorySegment strs = StringArraysFfm.cArray(arena, new String[] {"a", "b"}, false);
        for (long n : new long[] {-1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE / 8 + 1}) {
            MemorySegment out = out(16);
            assertEquals(-1, go.joinCountedSize(strs, n, ","), "n = " + n);
            assertEquals(0, go.joinCountedInto(strs, n, ",", out, out.byteSize()), "n = " + n);
            assertEmptyString(out);
        }
    }

    /** outN <= 0 leaves no room even for a NUL: nothing is written, not even at out[0]. */
    @ParameterizedTest
    @FieldSource("RAW")
    void noRoomMeansNothingWritten(Raw go) {
        MemorySegment strs = StringArraysFfm.cArray(arena, new String[] {"a", "b"}, true);
        for (long outN : new long[] {0, -1, Long.MIN_VALUE}) {
            try (GuardedBuffer out = GuardedBuffer.allocate(0)) {
                assertEquals(0, go.joinInto(strs, ",", out.segment(), outN), "outN = " + outN);
                assertEquals(0, go.joinCountedInto(strs, 2, ",", out.segment(), outN), "outN = " + outN);
            }
        }
    }

    // docs:begin overlap
    /** The strings may lie in the output buffer itself: Go copies them before it writes. */
    @ParameterizedTest
    @FieldSource("RAW")
    void stringsInsideOutAreCopiedFirst(Raw go) {
        for (boolean counted : new boolean[] {false, true}) {
            MemorySegment out = out(32);
            out.setString(0, "yab");
            out.setString(8, "doo!");
            MemorySegment strs = arena.allocate(ADDRESS, 3);
            strs.setAtIndex(ADDRESS, 0, out);
            strs.setAtIndex(ADDRESS, 1, out.asSlice(8));
            strs.setAtIndex(ADDRESS, 2, MemorySegment.NULL);
            long result = counted
                    ? go.joinCountedInto(strs, 2, "a", out, out.byteSize())
                    : go.joinInto(strs, "a", out, out.byteSize());
            assertEquals(out.address(), result, counted ? "counted" : "terminated");
            assertEquals("yabadoo!", out.getString(0), counted ? "counted" : "terminated");
        }
    }
    // docs:end overlap

    private static void assertEmptyString(MemorySegment out) {
        assertEquals(0, out.get(JAVA_BYTE, 0), "out[0] must be the NUL of an empty string");
        for (long i = 1; i < out.byteSize(); i++) {
            assertEquals(FILL, out.get(JAVA_BYTE, i), "byte " + i + " written");
        }
    }
}
