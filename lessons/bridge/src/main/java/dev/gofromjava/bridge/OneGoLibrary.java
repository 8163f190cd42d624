package dev.gofromjava.bridge;

import java.nio.file.Path;

/**
 * Enforces one Go library per JVM.
 *
 * <p>Each c-shared library carries a whole Go runtime (scheduler, GC, signal handlers). Two of
 * them in one process may appear to work, but Go does not support it (golang/go#65050,
 * golang/go#18976), so a second, different library is refused before it is opened. The same
 * library may be opened any number of times, by FFM and JNA alike: the dynamic loader maps it once.
 */
final class OneGoLibrary {
    private static Path owner;

    private OneGoLibrary() {}

    /** The Go library this JVM loaded, or null before the first load. */
    static synchronized Path owner() {
        return owner;
    }

    static synchronized void claim(Path library) {
        Path path = library.toAbsolutePath().normalize();
        if (owner != null && !owner.equals(path)) {
            throw new GoLibraryException("this JVM already loaded the Go library " + owner
                    + "; loading " + path + " would start a second Go runtime in one process, which Go"
                    + " does not support. Build one library that exports everything, or use one JVM per library.");
        }
        owner = path;
    }
}
