package dev.gofromjava.support;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A Go c-shared library opened with FFM, and the downcall handles bound to it.
 *
 * <p>It records every descriptor it binds, so the ABI guard can check them against the header.
 */
public final class GoLibrary {
    private static final Linker LINKER = Linker.nativeLinker();
    private static GoLibrary loaded;

    private final Path path;
    private final SymbolLookup symbols;
    private final Map<String, FunctionDescriptor> bound = Collections.synchronizedMap(new LinkedHashMap<>());
    private final MethodHandle ledgerLive;
    private final MethodHandle panicCount;

    /** Opens {@code libNAME.so} from {@link NativePaths#directory()}. */
    public static GoLibrary load(String name) {
        return load(NativePaths.library(name));
    }

    // docs:begin load
    public static synchronized GoLibrary load(Path library) {
        Path path = NativePaths.requireLibrary(library.toAbsolutePath().normalize());
        if (loaded != null && loaded.path.equals(path)) {
            return loaded;
        }
        GoRuntime.claim(path);
        // The global arena keeps the library loaded until the JVM exits: a Go runtime,
        // once started, cannot be unloaded, so it must never be closed with a shorter arena.
        SymbolLookup symbols;
        try {
            symbols = SymbolLookup.libraryLookup(path, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new GoLibraryException("cannot load Go library " + path + ": " + e.getMessage(), e);
        }
        loaded = new GoLibrary(path, symbols);
        return loaded;
    }
    // docs:end load

    private GoLibrary(Path path, SymbolLookup symbols) {
        this.path = path;
        this.symbols = symbols;
        // Exported by go/internal in every lesson library; not in the lesson's header.
        this.ledgerLive = LINKER.downcallHandle(find("gfj_ledger_live"), FunctionDescriptor.of(JAVA_LONG));
        this.panicCount = LINKER.downcallHandle(find("gfj_panic_count"), FunctionDescriptor.of(JAVA_LONG));
    }

    // docs:begin downcall
    /** A method handle that calls the exported Go function {@code name} with the given C signature. */
    public MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MethodHandle handle = LINKER.downcallHandle(find(name), descriptor, options);
        bound.put(name, descriptor);
        return handle;
    }

    private MemorySegment find(String name) {
        return symbols.find(name).orElseThrow(() -> new GoLibraryException(
                "symbol '" + name + "' not found in " + path + ": is the Go function marked //export " + name + "?"));
    }
    // docs:end downcall

    /**
     * For the {@code catch (Throwable t)} that {@code invokeExact} forces on every call site:
     * runtime exceptions and errors pass unchanged, anything else (impossible for a downcall) is wrapped.
     */
    public static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    public Path path() {
        return path;
    }

    /** The descriptors bound so far, by function name, in binding order. */
    public Map<String, FunctionDescriptor> descriptors() {
        synchronized (bound) {
            return Map.copyOf(bound);
        }
    }

    /** C blocks allocated by Go and not yet freed (the ledger in go/internal). */
    public long liveAllocations() {
        try {
            return (long) ledgerLive.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The ledger's live count of the Go library this JVM loaded (by FFM or JNA), or empty when no
     * Go library is loaded yet. Read by the memcheck ledger hooks around every test try.
     */
    public static OptionalLong liveAllocationsIfLoaded() {
        Path owner = GoRuntime.owner();
        return owner == null ? OptionalLong.empty() : OptionalLong.of(load(owner).liveAllocations());
    }

    /** Go panics recovered by export guards since the library was loaded. */
    public long recoveredPanics() {
        try {
            return (long) panicCount.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
