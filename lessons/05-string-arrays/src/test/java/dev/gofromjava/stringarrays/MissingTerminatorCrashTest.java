package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import dev.gofromjava.support.GoLibrary;
import dev.gofromjava.support.NativePaths;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a missing terminator does when the memory after the array is not a friendly NULL: Go takes
 * the next 8 bytes for a pointer and reads a string there. Here they are the text "garbage!", an
 * address no process can read. The read faults, and a fault is not a Go panic: no guard can
 * recover it, and the JVM dies. Run in a JVM of its own, which is expected to crash.
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
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java,
                "--enable-native-access=ALL-UNNAMED",
                "-XX:ErrorFile=" + dir.resolve("hs_err.log"), // the crash report, kept out of the lesson folder
                "-D" + NativePaths.PROPERTY + "=" + NativePaths.directory(),
                "-Djna.library.path=" + NativePaths.directory(),
                "-cp", System.getProperty("java.class.path"),
                Unterminated.class.getName(), binding))
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");

        assertEquals(134, process.exitValue(), output); // SIGABRT: the JVM's fatal error handler
        assertTrue(output.contains("SIGSEGV"), output);
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
