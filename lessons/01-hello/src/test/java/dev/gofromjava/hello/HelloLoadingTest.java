package dev.gofromjava.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoLibraryException;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.bridge.NativePaths;
import java.lang.foreign.FunctionDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees when the library or a symbol is missing, and why a second Go library is refused. */
class HelloLoadingTest {
    @Test
    void bothBindingsCallHello() {
        GoLibrary lib = GoLibrary.load("hello");
        long panics = lib.recoveredPanics();
        new HelloFfm().hello();
        new HelloJna().hello();
        assertEquals(panics, lib.recoveredPanics());
    }

    @Test
    void ffmMissingLibraryNamesThePath() {
        var e = assertThrows(GoLibraryException.class, () -> GoLibrary.load("no-such-lesson"));
        assertNamesThePathAndHowToBuildIt(e);
    }

    @Test
    void jnaMissingLibraryNamesThePath() {
        var e = assertThrows(GoLibraryException.class, () -> JnaLoader.load("no-such-lesson", Library.class));
        assertNamesThePathAndHowToBuildIt(e);
    }

    /** The page promises both: where the library was looked for, and how to build it or point at it. */
    private static void assertNamesThePathAndHowToBuildIt(GoLibraryException e) {
        assertTrue(e.getMessage().contains(NativePaths.library("no-such-lesson").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("Build it with `mvn -pl lessons/<lesson> -am generate-resources`"), e.getMessage());
        assertTrue(e.getMessage().contains("-D" + NativePaths.PROPERTY), e.getMessage());
    }

    @Test
    void ffmMissingSymbolNamesIt() {
        var e = assertThrows(GoLibraryException.class,
                () -> GoLibrary.load("hello").downcall("goodbye", FunctionDescriptor.ofVoid()));
        assertTrue(e.getMessage().contains("'goodbye'"), e.getMessage());
        assertTrue(e.getMessage().contains(System.mapLibraryName("hello")), e.getMessage());
        assertTrue(e.getMessage().contains("is the Go function marked //export goodbye?"), e.getMessage());
    }

    /** An interface with one export too many: JNA alone would fail only at the first call of goodbye(). */
    public interface WithGoodbye extends Library {
        void hello();

        void goodbye();
    }

    @Test
    void jnaMissingSymbolFailsAtLoadAndNamesIt() {
        var e = assertThrows(GoLibraryException.class, () -> JnaLoader.load("hello", WithGoodbye.class));
        assertTrue(e.getMessage().contains("'goodbye'"), e.getMessage());
        assertTrue(e.getMessage().contains("is the Go function marked //export goodbye?"), e.getMessage());
    }

    @Test
    void plainJnaFailsOnlyAtTheFirstCall() {
        WithGoodbye lib = Native.load(NativePaths.library("hello").toString(), WithGoodbye.class, JnaLoader.OPTIONS);
        var e = assertThrows(UnsatisfiedLinkError.class, lib::goodbye);
        assertTrue(e.getMessage().contains("goodbye"), e.getMessage());
    }

    static final class DirectWithGoodbye {
        static native void goodbye();
    }

    @Test
    void jnaDirectMappingMissingSymbolNamesIt() {
        var e = assertThrows(GoLibraryException.class, () -> JnaLoader.register(DirectWithGoodbye.class, "hello"));
        assertTrue(e.getMessage().contains("'goodbye'"), e.getMessage());
    }

    @Test
    void loadingTheSameLibraryAgainReturnsIt() {
        assertSame(GoLibrary.load("hello"), GoLibrary.load("hello"));
    }

    /** The loader maps a file once, whatever name opened it: a symbolic link to the loaded library is that library. */
    @Test
    void aLinkToTheLoadedLibraryIsThatLibrary(@TempDir Path dir) throws Exception {
        GoLibrary lib = GoLibrary.load("hello");
        Path link = Files.createSymbolicLink(dir.resolve(System.mapLibraryName("link")), NativePaths.library("hello"));
        assertSame(lib, GoLibrary.load(link));
        JnaLoader.load(link, Library.class); // not refused as a second Go library
    }

    @Test
    void aSecondGoLibraryIsRefused(@TempDir Path dir) throws Exception {
        GoLibrary.load("hello");
        Path other = Files.copy(NativePaths.library("hello"), dir.resolve(System.mapLibraryName("other")));
        var e = assertThrows(GoLibraryException.class, () -> GoLibrary.load(other));
        assertTrue(e.getMessage().contains("second Go runtime"), e.getMessage());
    }
}
