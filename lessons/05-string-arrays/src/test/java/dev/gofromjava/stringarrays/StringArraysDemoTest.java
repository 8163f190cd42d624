package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.Demos;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo in a JVM of its own. This is also where the article's {@code join} is checked: it
 * prints to file descriptor 1, which a test cannot capture in-process.
 */
class StringArraysDemoTest {
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheExpectedOutput(String binding) throws Exception {
        assertEquals(Demos.expectedOutput(), Demos.run(StringArraysDemo.class, binding));
    }

    /** The article's join on input the Java API never sends: what its doc comment promises. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void rawJoinKeepsItsDocComment(String binding) throws Exception {
        assertEquals("""
                yab,dab,not yours
                yabdab
                panics recovered: 0
                """, Demos.run(RawJoin.class, binding));
    }

    static final class RawJoin {
        private static final GoLibrary LIB = GoLibrary.load("stringarrays");

        public static void main(String[] args) throws Throwable {
            boolean ffm = args[0].equals("ffm");
            MethodHandle join = LIB.downcall("join", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment slots = StringArraysFfm.cArray(arena, new String[] {"yab", "dab", "not yours"}, true);
                MemorySegment comma = arena.allocateFrom(",");
                // Two strings meant, no terminator: the walk reads on into the third slot.
                MemorySegment two = slots.asSlice(0, 2 * ADDRESS.byteSize());
                call(ffm, join, two, comma);
                // A NULL sep joins with nothing in between.
                MemorySegment terminatedTwo = StringArraysFfm.cArray(arena, new String[] {"yab", "dab"}, true);
                call(ffm, join, terminatedTwo, MemorySegment.NULL);
                // A NULL array: refused by a check, nothing printed, no panic needed.
                long panics = LIB.recoveredPanics();
                call(ffm, join, MemorySegment.NULL, comma);
                System.out.println("panics recovered: " + (LIB.recoveredPanics() - panics));
            }
        }

        private static void call(boolean ffm, MethodHandle join, MemorySegment strs, MemorySegment sep) throws Throwable {
            if (ffm) {
                join.invokeExact(strs, sep);
            } else {
                Pointer s = strs.equals(MemorySegment.NULL) ? null : new Pointer(strs.address());
                StringArraysJna.LIB.join(s, sep.equals(MemorySegment.NULL) ? null : sep.getString(0));
            }
        }
    }
}
