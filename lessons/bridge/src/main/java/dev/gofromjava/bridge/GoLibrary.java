package dev.gofromjava.bridge;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * A Go c-shared library opened with FFM, and the downcall handles bound to it.
 *
 * <p>Every handle from {@link #downcall} checks, right after each call, whether the export
 * panicked, and throws {@link GoPanicException} with Go's message if it did (see
 * {@link #throwIfPanicked}): it takes the note only when the guard's count of notes moved during
 * the call, so a call that did not panic costs two reads from memory more, not a second call. It
 * records every descriptor it binds, and which class bound it, so the ABI guard can check a
 * binding's descriptors against the header.
 */
public final class GoLibrary {
    /** The longest panic message Go keeps, in bytes (go/internal/guard.MaxMessage). */
    static final int MAX_PANIC_MESSAGE = 4096;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final VarHandle NOTES_LEFT = JAVA_LONG.varHandle();
    private static final MethodHandle CHECK_AFTER;
    private static GoLibrary loaded;

    static {
        try {
            CHECK_AFTER = MethodHandles.lookup().findVirtual(GoLibrary.class, "checkAfter",
                    MethodType.methodType(void.class, String.class, long.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path path;
    private final Path file;
    private final SymbolLookup symbols;
    private final Bound bound = new Bound();
    private final MethodHandle ledgerLive;
    private final MethodHandle handlesLive;
    private final MethodHandle panicCount;
    private final MethodHandle panicTake;
    private final MethodHandle panicMessage;
    private final MethodHandle readNotesLeft;

    /** Opens library {@code name} ({@link NativePaths#library}: {@code libNAME.so} on Linux) from {@link NativePaths#directory()}. */
    public static GoLibrary load(String name) {
        return load(NativePaths.library(name));
    }

    // docs:begin load
    public static synchronized GoLibrary load(Path library) {
        Path path = NativePaths.requireLibrary(library.toAbsolutePath().normalize());
        Path file = OneGoLibrary.file(path); // symbolic links resolved: the file the loader maps
        if (loaded != null && loaded.file.equals(file)) {
            return loaded;
        }
        // The global arena, never closed: closing a lookup's arena unloads the library (dlclose)
        // and kills every handle bound through it. Go's runtime cannot stop its threads, so on
        // Linux Go marks its library never to be unloaded (dlclose does nothing, the handles die
        // all the same), and elsewhere an unload would pull the code from under running threads.
        SymbolLookup symbols = OneGoLibrary.IN_THIS_JVM.open(path, () -> {
            try {
                return SymbolLookup.libraryLookup(path, Arena.global());
            } catch (IllegalArgumentException e) {
                throw new GoLibraryException("cannot load Go library " + path + ": " + e.getMessage(), e);
            }
        });
        loaded = new GoLibrary(path, file, symbols);
        return loaded;
    }
    // docs:end load

    private GoLibrary(Path path, Path file, SymbolLookup symbols) {
        this.path = path;
        this.file = file;
        this.symbols = symbols;
        // Before anything is bound: the library this loader and these bindings were built for.
        LoadChecks.afterOpen(path, callIfExported("gfj_abi_version"), callIfExported("gfj_header_hash"));
        // Exported by go/internal in every lesson library; not in the lesson's header.
        this.ledgerLive = LINKER.downcallHandle(find("gfj_ledger_live"), FunctionDescriptor.of(JAVA_LONG));
        this.handlesLive = LINKER.downcallHandle(find("gfj_handles_live"), FunctionDescriptor.of(JAVA_LONG));
        this.panicCount = LINKER.downcallHandle(find("gfj_panic_count"), FunctionDescriptor.of(JAVA_LONG));
        // docs:begin guard-handles
        // uint64_t gfj_panic_take(void); plain C reading a thread-local: it cannot block or call
        // back, so it may be critical (no thread-state transition around it).
        this.panicTake = LINKER.downcallHandle(find("gfj_panic_take"), FunctionDescriptor.of(JAVA_LONG),
                Linker.Option.critical(false));
        // GoInt64 gfj_panic_message(GoUint64 id, char* out, GoInt64 outN); a Go export.
        FunctionDescriptor message = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG);
        this.panicMessage = LINKER.downcallHandle(find("gfj_panic_message"), message);
        // docs:end guard-handles
        // uint64_t gfj_notes_left: how many notes the guard has left, on any thread; read, never written,
        // here. () -> long, the segment bound in: a constant to the JIT, which drops its checks.
        MemorySegment notesLeft = find("gfj_notes_left").reinterpret(Long.BYTES);
        this.readNotesLeft = MethodHandles.insertArguments(NOTES_LEFT.toMethodHandle(VarHandle.AccessMode.GET_VOLATILE), 0, notesLeft, 0L);
    }

    // docs:begin downcall
    /**
     * A method handle that calls the exported Go function {@code name} with the given C signature,
     * then checks whether it panicked: it has the type the descriptor gives, and throws
     * {@link GoPanicException} when the export panicked.
     *
     * <p>The check reads the guard's count of notes left (on any thread) before the call and after
     * it. A note left on this thread during the call always moves it; only then does the check
     * take the note ({@link #throwIfPanicked}), which says whether this call panicked. A count
     * moved by another thread's panic costs that one look at the note, never a wrong answer.
     */
    public MethodHandle downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MethodHandle call = LINKER.downcallHandle(find(name), descriptor, options); // (A...) -> R
        bound.put(name, descriptor);
        // (long before) -> void: reads the count again, and takes the note if it moved.
        MethodHandle check = MethodHandles.collectArguments(MethodHandles.insertArguments(CHECK_AFTER, 0, this, name), 1, readNotesLeft);
        Class<?> result = call.type().returnType();
        // (long before, R result) -> R: the check, then the result unchanged; (long before) -> void.
        MethodHandle then = result == void.class ? check
                : MethodHandles.foldArguments(MethodHandles.dropArguments(MethodHandles.identity(result), 0, long.class), check);
        MethodHandle callThenCheck = MethodHandles.collectArguments(then, 1, call); // (long before, A...) -> R
        return MethodHandles.foldArguments(callThenCheck, readNotesLeft); // (A...) -> R
    }

    // docs:begin count-check
    /** After a call: takes the note only if a note was left, on any thread, between the two reads of the count. */
    private void checkAfter(String export, long before, long after) {
        if (after != before) {
            throwIfPanicked(export);
        }
    }
    // docs:end count-check

    /** What the export {@code name}, of C type {@code int64_t name(void)}, returns; empty when the library has none. */
    private OptionalLong callIfExported(String name) {
        return symbols.find(name).map(address -> {
            try {
                return OptionalLong.of((long) LINKER.downcallHandle(address, FunctionDescriptor.of(JAVA_LONG)).invokeExact());
            } catch (Throwable t) {
                throw rethrow(t);
            }
        }).orElse(OptionalLong.empty());
    }

    private MemorySegment find(String name) {
        return symbols.find(name).orElseThrow(() -> new GoLibraryException(
                "symbol '" + name + "' not found in " + path + ": is the Go function marked //export " + name + "?"));
    }
    // docs:end downcall

    // docs:begin check
    /**
     * Throws {@link GoPanicException} if the Go export this thread called last panicked. Call it
     * right after the call, on the same thread, with nothing in between that could block: the
     * note Go leaves is per OS thread (a virtual thread keeps its carrier until it blocks).
     * Handles from {@link #downcall} call it for you.
     */
    public void throwIfPanicked(String export) {
        long id;
        try {
            id = (long) panicTake.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
        if (id != 0) {
            throw new GoPanicException(export, panicMessage(id));
        }
    }

    private String panicMessage(long id) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(MAX_PANIC_MESSAGE + 1);
            long size = (long) panicMessage.invokeExact(id, out, out.byteSize());
            if (size < 1 || size > out.byteSize()) {
                return "(Go's message for panic " + id + " is not available)";
            }
            return new String(out.asSlice(0, size - 1).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }
    // docs:end check

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

    /**
     * The descriptors {@code binding} (or a class nested in it) has bound so far, by function
     * name: what the ABI guard compares with the header. Handles other classes bound to the same
     * library, a test's raw calls say, are not among them.
     */
    public Map<String, FunctionDescriptor> descriptors(Class<?> binding) {
        return bound.by(binding);
    }

    /** Descriptors by the class that bound them (its nest host: a nested class counts as its outer class). */
    private static final class Bound {
        private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
        private final Map<Class<?>, Map<String, FunctionDescriptor>> byBinder = new HashMap<>();

        synchronized void put(String name, FunctionDescriptor descriptor) {
            Class<?> binder = WALKER.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                    .filter(c -> c != GoLibrary.class && c != Bound.class).findFirst().orElse(GoLibrary.class));
            byBinder.computeIfAbsent(binder.getNestHost(), c -> new LinkedHashMap<>()).put(name, descriptor);
        }

        synchronized Map<String, FunctionDescriptor> by(Class<?> binding) {
            return Map.copyOf(byBinder.getOrDefault(binding.getNestHost(), Map.of()));
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

    /** Go values behind cgo handles not yet deleted (the ledger's handles, in go/internal). */
    public long liveHandles() {
        try {
            return (long) handlesLive.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** {@link #liveHandles()} of the Go library this JVM loaded, or empty before one is loaded. */
    public static OptionalLong liveHandlesIfLoaded() {
        Path owner = OneGoLibrary.IN_THIS_JVM.owner();
        return owner == null ? OptionalLong.empty() : OptionalLong.of(load(owner).liveHandles());
    }

    /**
     * The ledger's live count of the Go library this JVM loaded (by FFM or JNA), or empty when no
     * Go library is loaded yet. Read by the memcheck ledger hooks around every test try.
     */
    public static OptionalLong liveAllocationsIfLoaded() {
        Path owner = OneGoLibrary.IN_THIS_JVM.owner();
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
