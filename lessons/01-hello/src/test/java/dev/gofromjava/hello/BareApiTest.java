package dev.gofromjava.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.Demos;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bare APIs of the page's first section, each in a JVM of its own, with and without the flag. */
class BareApiTest {
    static final String LIBRARY = NativePaths.library("hello").toString();

    static Class<?> bare(String binding) {
        return binding.equals("ffm") ? BareFfm.class : BareJna.class;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void theBareApiCallsGo(String binding) throws Exception {
        Demos.Run run = Demos.start(List.of(Demos.NATIVE_ACCESS), env -> {}, bare(binding), LIBRARY);
        assertEquals(0, run.exit(), run.err());
        assertEquals("Go says: Hello world!\n", run.out());
        assertEquals("", run.err());
    }

    /** Without the flag it still runs, but the JVM warns on stderr at the first restricted call. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void withoutTheFlagTheJvmWarns(String binding) throws Exception {
        assumeTrue(binding.equals("ffm") || Runtime.version().feature() >= 24, "JNI's warning came with JDK 24");
        Demos.Run run = Demos.start(List.of(), env -> {}, bare(binding), LIBRARY);
        assertEquals(0, run.exit(), run.err());
        assertEquals("Go says: Hello world!\n", run.out());
        assertTrue(run.err().startsWith("WARNING: A restricted method in "), run.err());
        assertTrue(run.err().contains("--enable-native-access=ALL-UNNAMED"), run.err());
    }

    /** With --illegal-native-access=deny (JDK 24+), the restricted call throws instead. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void denyMakesItAnError(String binding) throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "--illegal-native-access came with JDK 24");
        Demos.Run run = Demos.start(List.of("--illegal-native-access=deny"), env -> {}, bare(binding), LIBRARY);
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("IllegalCallerException"), run.err());
        assertEquals("", run.out());
    }

    /**
     * Why the library is opened in the global arena. Closing a shorter one makes the JVM unload
     * the library (dlclose) and kills every handle bound through it; yet Go marked its library
     * not unloadable, so it stays mapped, its runtime still running. On Linux a shorter arena
     * frees nothing and breaks the handles; where Go's library can be unloaded, it would be
     * unloaded under Go's running threads.
     */
    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "reads the process's mappings from Linux's /proc/self/maps")
    void closingTheLookupsArenaKillsTheHandlesButGoStaysLoaded() throws Exception {
        Demos.Run run = Demos.start(List.of(Demos.NATIVE_ACCESS, "-Xlog:os=info"), env -> {}, ClosedArena.class, LIBRARY);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Unloaded shared library \"" + LIBRARY + "\""), run.out());
        assertTrue(run.out().contains("handle after close: IllegalStateException: Already closed"), run.out());
        assertTrue(run.out().contains("still mapped: true"), run.out());
    }

    static final class ClosedArena {
        public static void main(String[] args) throws Exception {
            Path library = Path.of(args[0]);
            MethodHandle hello;
            try (Arena arena = Arena.ofConfined()) {
                SymbolLookup lookup = SymbolLookup.libraryLookup(library, arena);
                hello = Linker.nativeLinker().downcallHandle(lookup.find("hello").orElseThrow(), FunctionDescriptor.ofVoid());
            }
            try {
                hello.invokeExact();
            } catch (Throwable e) {
                System.out.println("handle after close: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            boolean mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream().anyMatch(l -> l.endsWith(library.toString()));
            System.out.println("still mapped: " + mapped);
        }
    }
}
