package dev.gofromjava.bridge;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a lesson's Go library and its cgo header are.
 *
 * <p>The directory comes from the system property {@value #PROPERTY} (Maven sets it to the
 * lesson's {@code target/native}); without it, {@code target/native} under the working directory.
 */
public final class NativePaths {
    public static final String PROPERTY = "gofromjava.library.path";

    private NativePaths() {}

    public static Path directory() {
        return Path.of(System.getProperty(PROPERTY, "target/native")).toAbsolutePath().normalize();
    }

    /**
     * The shared library for {@code name}, named as {@link System#mapLibraryName} names it:
     * {@code libNAME.so} on Linux, {@code libNAME.dylib} on macOS, {@code NAME.dll} on Windows.
     * The parent pom's {@code go.lib.file} gives the Go build the same name.
     */
    public static Path library(String name) {
        return directory().resolve(System.mapLibraryName(name));
    }

    /** The C header cgo wrote beside the library: the library's file name with {@code .h} for its extension. */
    public static Path header(String name) {
        String library = System.mapLibraryName(name);
        return directory().resolve(library.substring(0, library.lastIndexOf('.')) + ".h");
    }

    /** Fails with a message that names the file and how to build it, when the library is missing. */
    static Path requireLibrary(Path library) {
        if (!Files.isRegularFile(library)) {
            throw new GoLibraryException("Go library not found: " + library
                    + ". Build it with `mvn -pl lessons/<lesson> -am generate-resources`, or point -D"
                    + PROPERTY + " at the directory that holds it.");
        }
        return library;
    }
}
