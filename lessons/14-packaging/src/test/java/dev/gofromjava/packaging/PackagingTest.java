package dev.gofromjava.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoLibraryException;
import dev.gofromjava.bridge.NativePlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PackagingTest {
    static final List<Packaging> BINDINGS = List.of(new PackagingFfm(), new PackagingJna());

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void greets(Packaging go) {
        assertEquals("Hello, Gopher!", go.greet("Gopher"));
        assertEquals("Hello, !", go.greet(""));
        assertEquals("Hello, José, 世界 🐹!", go.greet("José, 世界 🐹"));
    }

    /** A greeting longer than the first buffer takes the second call, with the size Go asked for. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void aLongGreetingTakesASecondCall(Packaging go) {
        String name = "g".repeat(Packaging.FIRST_BUFFER);
        assertEquals("Hello, " + name + "!", go.greet(name));
    }

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void badNamesAreJavaExceptions(Packaging go) {
        assertThrows(NullPointerException.class, () -> go.greet(null));
        var nul = assertThrows(IllegalArgumentException.class, () -> go.greet("Go\0pher"));
        assertTrue(nul.getMessage().contains("NUL"), nul.getMessage());
        assertThrows(IllegalArgumentException.class, () -> go.greet("\uD800"));
    }

    /** The library the JVM loaded is the one built for this platform: Go itself says which it is. */
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theLoadedLibraryIsThisPlatforms(Packaging go) {
        NativePlatform here = NativePlatform.current();
        assertEquals(here.goos() + "/" + here.goarch(), go.goPlatform());
    }

    /** Both bindings open one file: the copy extracted from the jar, in the private cache, never target/native. */
    @Test
    void bothBindingsLoadTheExtractedCopy() throws Exception {
        Path ffm = BINDINGS.get(0).library();
        Path jna = BINDINGS.get(1).library();
        assertEquals(ffm, jna);
        assertTrue(ffm.startsWith(BundledLibrary.cacheDirectory()), ffm.toString());
        assertEquals(NativePlatform.current().libraryFile("packaging"), ffm.getFileName().toString());
        try (var in = PackagingTest.class.getClassLoader().getResourceAsStream(NativePlatform.current().resource("packaging"))) {
            assertTrue(java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(ffm)));
        }
    }

    /** One Go runtime per process: a second Go library, even a copy of this one, is refused. */
    @Test
    void aSecondGoLibraryIsRefused(@TempDir Path dir) throws Exception {
        Path other = Files.copy(BINDINGS.get(0).library(), dir.resolve(System.mapLibraryName("other")));
        var e = assertThrows(GoLibraryException.class, () -> GoLibrary.load(other));
        assertTrue(e.getMessage().contains("second Go runtime"), e.getMessage());
    }
}
