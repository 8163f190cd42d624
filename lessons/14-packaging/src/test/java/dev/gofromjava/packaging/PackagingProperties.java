package dev.gofromjava.packaging;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Every property runs against both bindings; the ledger is checked after every try. */
class PackagingProperties {
    private static final List<Packaging> BINDINGS = PackagingTest.BINDINGS;
    /** What GuardedBuffer.allocate fills the usable bytes with: any other value there was written. */
    private static final byte FILL = 0x5A;
    private static final GoLibrary LIB = GoLibrary.load(BINDINGS.get(0).library());

    @Provide
    Arbitrary<String> names() {
        // Any text that can cross as a C string (no NUL, no unpaired surrogate), some with a code
        // point outside the BMP: four bytes of UTF-8, two chars in Java.
        Arbitrary<String> bmp = Arbitraries.strings().withCharRange('\u0001', '\uD7FF').withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(80);
        return Combinators.combine(bmp, Arbitraries.of("", "\uD83D\uDC39", "\uD834\uDD1E")).as(String::concat);
    }

    @Property
    void greetsAnyName(@ForAll("names") String name) {
        for (Packaging go : BINDINGS) {
            assertEquals("Hello, " + name + "!", go.greet(name), go.toString());
        }
    }

    /**
     * Any capacity from 0 to need+8: the result is the size needed; when it fits, the buffer holds
     * the greeting's UTF-8 and one NUL, and nothing after it; when not, "" (if there is a byte).
     * Nothing is written past the capacity.
     */
    @Property
    void greetIntoAnyCapacity(@ForAll("names") String name, @ForAll @IntRange(min = 0, max = 8) int slack,
            @ForAll @IntRange(min = 0, max = 100) int percent) {
        byte[] expected = ("Hello, " + name + "!").getBytes(UTF_8);
        long need = expected.length + 1L;
        long capacity = (need + slack) * percent / 100;
        for (Packaging go : BINDINGS) {
            try (GuardedBuffer buf = GuardedBuffer.allocate(capacity, FILL)) {
                MemorySegment out = buf.segment();
                assertEquals(need, go.greet(name, out), go + " size");
                if (need <= capacity) {
                    assertArrayEquals(expected, out.asSlice(0, expected.length).toArray(JAVA_BYTE), go + " bytes");
                    assertEquals(0, out.get(JAVA_BYTE, expected.length), go + " NUL");
                    untouchedFrom(out, need, go + " after the NUL");
                } else if (capacity >= 1) {
                    assertEquals(0, out.get(JAVA_BYTE, 0), go + " empty string");
                    untouchedFrom(out, 1, go + " after the empty string");
                }
                buf.checkGuards();
            }
        }
    }

    /** A negative size or a NULL name is -1, with nothing written and nothing allocated. */
    @Property
    void badSizesAndNullNamesAreRefused(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long outN) {
        long panics = LIB.recoveredPanics();
        try (Arena arena = Arena.ofConfined(); GuardedBuffer buf = GuardedBuffer.allocate(16, FILL)) {
            assertEquals(-1, PackagingFfm.greet(arena.allocateFrom("Gopher"), buf.segment(), outN));
            untouchedFrom(buf.segment(), 0, "negative outN");
            assertEquals(-1, PackagingFfm.greet(MemorySegment.NULL, buf.segment(), 16));
            assertEquals(0, buf.segment().get(JAVA_BYTE, 0), "NULL name leaves an empty string");
            buf.checkGuards();
        }
        assertEquals(panics, LIB.recoveredPanics(), "an ordinary failure, not a panic");
    }

    private static void untouchedFrom(MemorySegment out, long from, String what) {
        for (long i = from; i < out.byteSize(); i++) {
            assertEquals(FILL, out.get(JAVA_BYTE, i), what + ": byte " + i + " was written");
        }
    }
}
