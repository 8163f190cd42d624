package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.Demos;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a missing terminator does when the memory after the array is not a friendly NULL: Go takes
 * the next 8 bytes for a pointer and reads a string there. Here they are the text "garbage!", an
 * address no process can read (not even a valid x86-64 address). Go's read faults, in Go code, far
 * from NULL: that is not one of the faults Go turns into a panic, so no guard can recover it. Go
 * reports a fatal error and, as a c-shared library does on every fatal error, aborts the whole
 * process. Run in a JVM of its own, which is expected to die.
 *
 * <p>The out-of-bounds read is the point of the test, so memcheck, which would rightly report it,
 * leaves this tag out (docs/memcheck.md); the canaries prove memcheck catches such reads.
 */
@Tag("memory-error-on-purpose")
class MissingTerminatorCrashTest {
    /** The 8 bytes "garbage!", read as a little-endian pointer. */
    static final long GARBAGE = 0x2165676162726167L;

    // docs:begin crash
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void garbageAfterTheArrayKillsTheJvm(String binding, @TempDir Path dir) throws Exception {
        // The crash report goes to the temporary folder, not the lesson folder.
        List<String> flags = List.of(Demos.NATIVE_ACCESS, "-XX:ErrorFile=" + dir.resolve("hs_err.log"));
        Demos.Run run = Demos.start(flags, env -> {}, Unterminated.class, binding);
        String output = run.out() + run.err();

        assertEquals(134, run.exit(), output); // 128 + SIGABRT: Go aborts the process
        assertTrue(output.contains("fatal error: fault"), output); // Go's report, not the JVM's
        assertTrue(output.contains("[signal SIGSEGV: segmentation violation"), output);
        assertTrue(output.contains("gofromjava/internal/cbuf.StrLen"), output); // where: measuring the "string"
        assertFalse(output.contains("size:"), "the call returned: " + output);
    }

    /** One string, no NULL after it, and then the 8 bytes "garbage!". */
    static final class Unterminated {
        public static void main(String[] args) throws Throwable {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment slots = arena.allocate(ADDRESS, 2);
                slots.setAtIndex(ADDRESS, 0, arena.allocateFrom("yab"));
                slots.setAtIndex(JAVA_LONG, 1, GARBAGE); // where a NULL should be
                long size;
                if (args[0].equals("ffm")) {
                    MethodHandle joinSize = GoLibrary.load("stringarrays")
                            .downcall("joinSize", FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
                    size = (long) joinSize.invokeExact(slots, arena.allocateFrom(","));
                } else {
                    size = StringArraysJna.LIB.joinSize(new Pointer(slots.address()), ",");
                }
                System.out.println("size: " + size);
            }
        }
    }
    // docs:end crash
}
