package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.stringarrays.Inputs.Case;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every property runs against both bindings; a failure names the binding, the form and the capacity. */
class StringArraysProperties {
    private static final List<StringArrays> BINDINGS = StringArraysTest.BINDINGS;
    private static final GoLibrary LIB = GoLibrary.load("stringarrays");
    /** What GuardedBuffer.allocate fills the usable bytes with: a byte Go never writes on purpose. */
    private static final byte FILL = 0x5A;

    @Provide
    Arbitrary<Case> cases() {
        return Inputs.cases();
    }

    // docs:begin join
    /** Go's join is Java's String.join, its size the UTF-8 length plus one, and the caller's array stays as it was. */
    @Property
    void joinedEqualsStringJoin(@ForAll("cases") Case c) {
        String[] strs = c.array();
        String[] before = strs.clone();
        for (StringArrays go : BINDINGS) {
            long live = LIB.liveAllocations();
            assertEquals(c.joined(), go.joinCounted(strs, c.sep()), go + " joinCounted");
            assertEquals(c.need(), go.joinSize(strs, c.sep()), go + " joinSize");
            assertEquals(c.need(), go.joinCountedSize(strs, c.sep()), go + " joinCountedSize");
            assertEquals(live, LIB.liveAllocations(), go + ": C memory left allocated");
            for (int i = 0; i < strs.length; i++) {
                assertSame(before[i], strs[i], go + " replaced strs[" + i + "] in the caller's array");
            }
        }
    }
    // docs:end join

    enum Form { TERMINATED, COUNTED }

    // docs:begin capacities
    /**
     * For every capacity from 0 to need + 8: the whole string and one NUL when it fits, an empty
     * string when it does not, and not one byte written after the NUL or outside the buffer.
     */
    @Property
    void joinIntoWritesOnlyWhatItMay(@ForAll("cases") Case c) {
        String[] strs = c.array();
        byte[] expected = c.joined().getBytes(UTF_8);
        int need = expected.length + 1;
        for (StringArrays go : BINDINGS) {
            for (Form form : Form.values()) {
                for (int capacity = 0; capacity <= need + 8; capacity++) {
                    String where = go + " " + form + ", capacity " + capacity + ", need " + need;
                    long live = LIB.liveAllocations();
                    try (GuardedBuffer out = GuardedBuffer.allocate(capacity, FILL)) {
                        boolean fit = form == Form.TERMINATED
                                ? go.joinInto(strs, c.sep(), out.segment())
                                : go.joinCountedInto(strs, c.sep(), out.segment());
                        out.checkGuards();
                        assertEquals(capacity >= need, fit, where + ": the result");
                        byte[] got = out.segment().toArray(JAVA_BYTE);
                        int written = fit ? need : Math.min(capacity, 1); // the string and its NUL, or "" alone
                        if (fit) {
                            assertArrayEquals(expected, java.util.Arrays.copyOf(got, expected.length), where);
                        }
                        if (written > 0) {
                            assertEquals(0, got[written - 1], where + ": no NUL at offset " + (written - 1));
                        }
                        for (int i = written; i < capacity; i++) {
                            assertEquals(FILL, got[i], where + ": byte " + i + " written after the NUL");
                        }
                    }
                    assertEquals(live, LIB.liveAllocations(), where + ": C memory left allocated");
                }
            }
        }
    }
    // docs:end capacities

    /** One call of each method, with a 64-byte native buffer for those that write. */
    private interface Call {
        void run(StringArrays go, String[] strs, String sep, MemorySegment out);
    }

    private static Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("join", (go, strs, sep, out) -> go.join(strs, sep)); // refused before Go could print
        calls.put("joinSize", (go, strs, sep, out) -> go.joinSize(strs, sep));
        calls.put("joinInto", (go, strs, sep, out) -> go.joinInto(strs, sep, out));
        calls.put("joinCountedSize", (go, strs, sep, out) -> go.joinCountedSize(strs, sep));
        calls.put("joinCountedInto", (go, strs, sep, out) -> go.joinCountedInto(strs, sep, out));
        calls.put("joinCounted", (go, strs, sep, out) -> go.joinCounted(strs, sep));
        return calls;
    }

    // docs:begin nulls
    /** A null anywhere in the array is refused in Java, naming its index; Go is never called. */
    @Property
    void nullElementsAreRefusedNamingTheIndex(@ForAll("cases") Case c, @ForAll @IntRange(max = 100) int at) {
        List<String> withNull = new ArrayList<>(c.strs());
        int index = at % (withNull.size() + 1);
        withNull.add(index, null);
        String[] strs = withNull.toArray(String[]::new);
        refused(NullPointerException.class, strs, c.sep(), "strs[" + index + "] is null");
    }
    // docs:end nulls

    /** A NUL inside an element or the separator is refused with IllegalArgumentException, naming where. */
    @Property
    void embeddedNulIsRefused(@ForAll("cases") Case c, @ForAll @IntRange(max = 100) int at, @ForAll @IntRange(max = 6) int offset) {
        String[] strs = c.array();
        String sep = c.sep();
        int index = at % (strs.length + 1); // strs.length stands for the separator
        String name;
        if (index == strs.length) {
            int o = Math.min(offset, sep.length());
            sep = sep.substring(0, o) + '\0' + sep.substring(o);
            name = "sep holds a NUL character at index " + o;
        } else {
            int o = Math.min(offset, strs[index].length());
            strs[index] = strs[index].substring(0, o) + '\0' + strs[index].substring(o);
            name = "strs[" + index + "] holds a NUL character at index " + o;
        }
        refused(IllegalArgumentException.class, strs, sep, name);
    }

    private static void refused(Class<? extends RuntimeException> type, String[] strs, String sep, String message) {
        long panics = LIB.recoveredPanics();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(64).fill(FILL);
            for (StringArrays go : BINDINGS) {
                for (Map.Entry<String, Call> call : calls().entrySet()) {
                    long live = LIB.liveAllocations();
                    RuntimeException e = assertThrows(type,
                            () -> call.getValue().run(go, strs, sep, out), go + " " + call.getKey());
                    assertTrue(e.getMessage().contains(message), go + " " + call.getKey() + ": " + e.getMessage());
                    assertEquals(live, LIB.liveAllocations(), go + " " + call.getKey() + ": C memory left allocated");
                }
            }
            for (byte b : out.toArray(JAVA_BYTE)) {
                assertEquals(FILL, b, "a refused call wrote into out");
            }
        }
        assertEquals(panics, LIB.recoveredPanics(), "Go panicked: the call was not refused in Java");
    }
}
