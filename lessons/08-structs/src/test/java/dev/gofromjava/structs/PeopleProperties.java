package dev.gofromjava.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.testkit.GuardedBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every property runs against both bindings; a failure names the binding. */
class PeopleProperties {
    private static final List<People> BINDINGS = PeopleTest.BINDINGS;

    // docs:begin capacity
    /**
     * Any two names and every capacity from 0 to what the full name needs plus 8, inside guard
     * bytes: when it fits, exactly "first last" and one NUL; when not, the size needed and an
     * empty string; never a byte outside the buffer.
     */
    @Property
    void fillWritesOnlyWhatFits(@ForAll("names") String first, @ForAll("names") String last,
                                @ForAll @IntRange(max = 8) int extra, @ForAll @IntRange(max = 1000) int cut) {
        String full = first + " " + last;
        int need = full.getBytes(StandardCharsets.UTF_8).length + 1;
        int capacity = Math.floorMod(cut, need + extra + 1); // 0 .. need + extra
        for (People go : BINDINGS) {
            try (GuardedBuffer buffer = GuardedBuffer.allocate(capacity)) {
                if (capacity >= need) {
                    assertEquals(full, go.fill(first, last, buffer.segment()), go.toString());
                    assertEquals(full, buffer.cString(), go.toString());
                } else {
                    var e = assertThrows(BufferTooSmallException.class, () -> go.fill(first, last, buffer.segment()), go.toString());
                    assertEquals(need, e.needed(), go.toString());
                    if (capacity > 0) {
                        assertEquals("", buffer.cString(), go.toString());
                    }
                }
                buffer.checkGuards();
            }
        }
    }
    // docs:end capacity

    /** Both points cross by value and come back exactly as Java computes the midpoint. */
    @Property
    void midpointIsJavasMidpoint(@ForAll double ax, @ForAll double ay, @ForAll double bx, @ForAll double by) {
        People.Point want = new People.Point((ax + bx) / 2, (ay + by) / 2);
        for (People go : BINDINGS) {
            People.Point got = go.midpoint(new People.Point(ax, ay), new People.Point(bx, by));
            assertEquals(Double.doubleToRawLongBits(want.x()), Double.doubleToRawLongBits(got.x()), go + " x");
            assertEquals(Double.doubleToRawLongBits(want.y()), Double.doubleToRawLongBits(got.y()), go + " y");
        }
    }

    /** Valid UTF-8 names up to 36 chars: ASCII, Cyrillic, CJK and outside the BMP, never a NUL. */
    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ascii().excludeChars('\0').ofMaxLength(12),
                Arbitraries.strings().withCharRange('Ѐ', 'ӿ').ofMaxLength(12),
                Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(12),
                Arbitraries.of("🙂", "Grüße", "", "a b")).list().ofMaxSize(3)
                .map(parts -> String.join("", parts));
    }
}
