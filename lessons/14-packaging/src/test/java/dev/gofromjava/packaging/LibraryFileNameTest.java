package dev.gofromjava.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.bridge.NativePlatform;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library's file name comes from the parent pom (go.lib.file) for the Go build and from
 * System.mapLibraryName for Java: on every OS the build runs on, they must agree, or no lesson loads.
 */
class LibraryFileNameTest {
    @Test
    void theBuildNamesTheLibraryAsJavaLooksForIt() {
        String lib = System.getProperty("gofromjava.go.lib");
        assertEquals(System.mapLibraryName(lib), System.getProperty("gofromjava.go.lib.file"),
                "the parent pom's go.lib.file for " + System.getProperty("os.name"));
        assertTrue(Files.isRegularFile(NativePaths.library(lib)), NativePaths.library(lib).toString());
        assertTrue(Files.isRegularFile(NativePaths.header(lib)), NativePaths.header(lib).toString());
    }

    @Test
    void theJarsNameForThisPlatformIsJavas() {
        for (String name : List.of("packaging", "hello", "a-b")) {
            assertEquals(System.mapLibraryName(name), NativePlatform.current().libraryFile(name));
        }
    }

    @Test
    void platformNamesFromTheJvmsProperties() {
        assertEquals(new NativePlatform("linux", "amd64"), NativePlatform.of("Linux", "amd64"));
        assertEquals("linux-x86-64", NativePlatform.of("Linux", "amd64").id());
        assertEquals("linux-aarch64", NativePlatform.of("Linux", "aarch64").id());
        assertEquals("darwin-aarch64", NativePlatform.of("Mac OS X", "aarch64").id());
        assertEquals("darwin-x86-64", NativePlatform.of("Mac OS X", "x86_64").id());
        assertEquals("win32-x86-64", NativePlatform.of("Windows 11", "amd64").id());
        assertEquals("native/win32-x86-64/packaging.dll", NativePlatform.of("Windows 11", "amd64").resource("packaging"));
        assertEquals("native/darwin-aarch64/libpackaging.dylib", NativePlatform.of("Mac OS X", "aarch64").resource("packaging"));
        assertEquals("linux-riscv64", NativePlatform.of("Linux", "riscv64").id(), "a platform the table lacks");
    }

    /**
     * The jar's folder for this platform is the one JNA uses for its own library here. Run on
     * every platform the project runs on: Linux here, macOS on the CI runners; scripts/platforms
     * checks the same under emulation for arm64 Linux and Windows (WhichPlatform).
     */
    @Test
    void theJarsFolderIsJnasNameForThisPlatform() {
        assertEquals(com.sun.jna.Platform.RESOURCE_PREFIX, NativePlatform.current().id());
    }
}
