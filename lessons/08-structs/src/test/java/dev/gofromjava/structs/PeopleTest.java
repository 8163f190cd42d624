package dev.gofromjava.structs;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Examples, each against both bindings (the testkit module checks the ledger after each). */
class PeopleTest {
    static final List<People> BINDINGS = List.of(new PeopleFfm(), new PeopleJna());
    static final String[] FIELDS = {"firstName", "lastName", "fullName", "fullNameLen"};

    // docs:begin layout
    /** The struct as Go's C compiler lays it out, and as each binding does: the same size and offsets. */
    @Test
    void bothJavaLayoutsMatchGos() {
        long[] go = PeopleFfm.goLayout(); // sizeof(person), then offsetof each field
        long[] ffm = new long[FIELDS.length + 1];
        long[] jna = new long[FIELDS.length + 1];
        ffm[0] = PeopleFfm.PERSON.byteSize();
        PeopleJna.Person person = new PeopleJna.Person();
        jna[0] = person.size();
        for (int i = 0; i < FIELDS.length; i++) {
            ffm[i + 1] = PeopleFfm.PERSON.byteOffset(groupElement(FIELDS[i]));
            jna[i + 1] = person.offsetOf(FIELDS[i]);
        }
        assertArrayEquals(go, ffm, "FFM's StructLayout");
        assertArrayEquals(go, jna, "JNA's Structure");
    }
    // docs:end layout

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesExample(People go) {
        try (Arena arena = Arena.ofConfined()) {
            assertEquals("John Galt", go.fill("John", "Galt", arena.allocate(1000)));
        }
    }

    /** Too small by one byte: nothing past the buffer, an empty string in it, and the size needed. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void oneByteShort(People go) {
        try (GuardedBuffer buffer = GuardedBuffer.allocate(9)) {
            var e = assertThrows(dev.gofromjava.bridge.BufferTooSmallException.class, () -> go.fill("John", "Galt", buffer.segment()));
            assertEquals(10, e.needed());
            assertEquals("", buffer.cString()); // checks the guard bytes too
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badNamesAndBuffersAreRefusedBeforeGo(People go) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(16);
            assertEquals("firstName must not be null", assertThrows(NullPointerException.class, () -> go.fill(null, "x", out)).getMessage());
            assertEquals("lastName must not be null", assertThrows(NullPointerException.class, () -> go.fill("x", null, out)).getMessage());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> go.fill("a\0b", "x", out)).getMessage()
                    .startsWith("firstName holds a NUL character at index 1"));
            assertThrows(NullPointerException.class, () -> go.fill("x", "y", null));
            assertThrows(IllegalArgumentException.class, () -> go.fill("x", "y", MemorySegment.ofArray(new byte[16])));
            assertThrows(IllegalArgumentException.class, () -> go.fill("x", "y", out.asReadOnly()));
            assertEquals(0, out.get(JAVA_BYTE, 0), "out was written");
        }
    }

    /** Go's own checks, past the Java ones: NULL names or buffer, or no room, and nothing is written. */
    @Test
    void goRefusesNullPointersItself() {
        try (Arena arena = Arena.ofConfined(); GuardedBuffer out = GuardedBuffer.allocate(16)) {
            MemorySegment person = arena.allocate(PeopleFfm.PERSON);
            person.set(ADDRESS, 0, arena.allocateFrom("John"));
            person.set(ADDRESS, 16, out.segment());
            person.set(JAVA_LONG, 24, 16);
            PeopleFfm.fill(person); // lastName is NULL
            assertEquals(-1, PeopleFfm.fillSize(person));
            assertEquals(0x5A, out.segment().get(JAVA_BYTE, 0), "fill wrote with a NULL name");
            person.set(ADDRESS, 8, arena.allocateFrom("Galt"));
            person.set(JAVA_LONG, 24, 0);
            PeopleFfm.fill(person); // no room at all
            assertEquals(0x5A, out.segment().get(JAVA_BYTE, 0), "fill wrote with fullNameLen 0");
            person.set(JAVA_LONG, 24, -5);
            PeopleFfm.fill(person);
            assertEquals(0x5A, out.segment().get(JAVA_BYTE, 0), "fill wrote with fullNameLen -5");
            PeopleFfm.fill(MemorySegment.NULL);
            assertEquals(-1, PeopleFfm.fillSize(MemorySegment.NULL));
        }
    }

    /** The names may lie inside the buffer: Go copies them before it writes. */
    @Test
    void theNamesMayLieInTheBuffer() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(32);
            buffer.setString(0, "John");
            buffer.setString(8, "Galt");
            MemorySegment person = arena.allocate(PeopleFfm.PERSON);
            person.set(ADDRESS, 0, buffer);
            person.set(ADDRESS, 8, buffer.asSlice(8));
            person.set(ADDRESS, 16, buffer);
            person.set(JAVA_LONG, 24, 32);
            PeopleFfm.fill(person);
            assertEquals("John Galt", buffer.getString(0));
        }
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void midpointByValue(People go) {
        assertEquals(new People.Point(1.5, 2), go.midpoint(new People.Point(0, 0), new People.Point(3, 4)));
        assertEquals(new People.Point(-1, 0.25), go.midpoint(new People.Point(-1, 0.5), new People.Point(-1, 0)));
    }
}
