package dev.gofromjava.bridge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Lets a JVM open one Go library, as often as it likes, and refuses every other.
 *
 * <p>Each c-shared library carries a whole Go runtime (scheduler, GC, signal handlers). Two of
 * them in one process may appear to work, but Go does not support it (golang/go#65050,
 * golang/go#18976), so a second, different library is refused before it is opened.
 *
 * <ul>
 *   <li>The same library is the same file, symbolic links resolved: the dynamic loader maps a
 *       file once, whatever name opened it, for FFM and JNA alike.
 *   <li>A library becomes the JVM's one library when its load succeeds: a load that failed
 *       started no runtime, so it claims nothing, and another library may still be opened.
 *   <li>Loads wait for each other, so two threads cannot open two different libraries at once.
 * </ul>
 */
final class OneGoLibrary {
    /** The guard that {@link GoLibrary} (FFM) and {@link JnaLoader} (JNA) share. */
    static final OneGoLibrary IN_THIS_JVM = new OneGoLibrary();

    private Path owner;

    OneGoLibrary() {}

    /** The file of the Go library this JVM opened, or null until a load succeeds. */
    synchronized Path owner() {
        return owner;
    }

    /**
     * Runs {@code load}, which opens {@code library}, unless this JVM opened another Go library
     * already: then it throws {@link GoLibraryException} and {@code load} never runs. Once
     * {@code load} returns, {@code library} is this JVM's one Go library; if it throws, nothing
     * changes.
     */
    synchronized <T> T open(Path library, Supplier<T> load) {
        Path file = file(library);
        if (owner != null && !owner.equals(file)) {
            throw new GoLibraryException("this JVM already loaded the Go library " + owner
                    + "; loading " + library + " would start a second Go runtime in one process, which Go"
                    + " does not support. Build one library that exports everything, or use one JVM per library.");
        }
        LoadChecks.beforeOpen(file); // no Go runtime loaded behind this class's back, and an environment Go accepts
        T opened = load.get();
        owner = file;
        return opened;
    }

    /** The file {@code library} names, symbolic links resolved: what "the same library" compares. */
    static Path file(Path library) {
        try {
            return library.toRealPath();
        } catch (IOException e) {
            throw new GoLibraryException("cannot load Go library " + library + ": " + e, e);
        }
    }
}
