package dev.gofromjava.stringarrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import dev.gofromjava.testkit.Demos;
import dev.gofromjava.testkit.FirstPage;
import dev.gofromjava.bridge.GoLibrary;
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
 * the next 8 bytes for a pointer and reads a string there. Go turns a fault in Go code into a
 * panic only for SIGSEGV with si_code SEGV_MAPERR or SEGV_ACCERR (or SIGBUS with BUS_ADRERR) at an
 * address below 0x1000 (runtime/signal_unix.go, sigpanic); any other fault is a fatal error, and a
 * c-shared library aborts the whole process on a fatal error. Each case runs in a JVM of its own,
 * which is expected to die.
 *
 * <p>Two such pointers: the text "garbage!", which on x86-64 is a non-canonical address (the CPU
 * raises a general-protection fault, which Linux reports as SIGSEGV with si_code SI_KERNEL and
 * address 0: below 0x1000, and fatal all the same), and 0x1000, the first address past the first
 * page (SEGV_MAPERR at 0x1000: not below it).
 *
 * <p>The out-of-bounds read is the point of the test, so memcheck, which would rightly report it,
 * leaves this tag out (docs/memcheck.md); the canaries prove memcheck catches such reads.
 */
@Tag("memory-error-on-purpose")
class MissingTerminatorCrashTest {
    /** The 8 bytes "garbage!", read as a little-endian pointer. */
    static final long GARBAGE = 0x2165676162726167L;

    /** The first address past the first page, which no process maps. */
    static final long PAST_THE_FIRST_PAGE = 0x1000L;

    private static final boolean LINUX = System.getProperty("os.name").startsWith("Linux");
    private static final boolean AMD64 = System.getProperty("os.arch").equals("amd64");

    // docs:begin crash
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void garbageAfterTheArrayKillsTheJvm(String binding, @TempDir Path dir) throws Exception {
        String err = crash(binding, GARBAGE, dir);
        if (LINUX && AMD64) { // a general-protection fault: si_code SI_KERNEL (0x80), address 0
            assertTrue(err.startsWith("unexpected fault address 0x0\nfatal error: fault\n"
                    + "[signal SIGSEGV: segmentation violation code=0x80 addr=0x0 pc="), err);
        }
    }
    // docs:end crash

    /** Not a panic either: the address is not below 0x1000. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void theFirstAddressPastTheFirstPageKillsTheJvmToo(String binding, @TempDir Path dir) throws Exception {
        String err = crash(binding, PAST_THE_FIRST_PAGE, dir);
        if (LINUX) { // SEGV_MAPERR (0x1): no mapping at 0x1000
            assertTrue(err.startsWith("unexpected fault address 0x1000\nfatal error: fault\n"
                    + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x1000 pc="), err);
        }
    }

    /** The other side of the line: a pointer to the last 8 bytes below 0x1000 is a panic, and Java is told. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void justBelow0x1000ItIsAPanicInstead(String binding) throws Exception {
        Demos.Run run = Demos.start(List.of(Demos.NATIVE_ACCESS), env -> {}, Unterminated.class, binding,
                Long.toHexString(PAST_THE_FIRST_PAGE - 8));
        assertEquals(1, run.exit(), run.out() + run.err()); // main threw: the JVM survived Go's fault
        assertTrue(run.err().startsWith("Exception in thread \"main\" dev.gofromjava.bridge.GoPanicException:"
                + " Go panicked in joinSize: " + FirstPage.NIL_DEREFERENCE), run.err());
    }

    /** Runs Unterminated with {@code pointer} after the array; checks that Go aborted; returns its stderr. */
    private static String crash(String binding, long pointer, Path dir) throws Exception {
        // The crash report goes to the temporary folder, not the lesson folder.
        List<String> flags = List.of(Demos.NATIVE_ACCESS, "-XX:ErrorFile=" + dir.resolve("hs_err.log"));
        Demos.Run run = Demos.start(flags, env -> {}, Unterminated.class, binding, Long.toHexString(pointer));
        String output = run.out() + run.err();

        assertEquals(134, run.exit(), output); // 128 + SIGABRT: Go aborts the process
        assertTrue(run.err().contains("fatal error: fault"), output); // Go's report, not the JVM's
        assertFalse(run.out().contains("A fatal error has been detected"), "the JVM's report: " + output);
        assertTrue(run.err().contains("gofromjava/internal/cbuf.StrLen"), output); // where: measuring the "string"
        assertFalse(output.contains("size:"), "the call returned: " + output);
        return run.err();
    }

    /** {@code Unterminated ffm|jna POINTER}: one string, no NULL after it, and then POINTER (hex). */
    static final class Unterminated {
        public static void main(String[] args) throws Throwable {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment slots = arena.allocate(ADDRESS, 2);
                slots.setAtIndex(ADDRESS, 0, arena.allocateFrom("yab"));
                slots.setAtIndex(JAVA_LONG, 1, Long.parseUnsignedLong(args[1], 16)); // where a NULL should be
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
}
