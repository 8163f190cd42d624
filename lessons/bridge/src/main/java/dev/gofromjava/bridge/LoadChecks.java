package dev.gofromjava.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The checks a Go library passes on its way into this JVM, through {@link GoLibrary} and
 * {@link JnaLoader} alike (lesson 18).
 *
 * <p>Before the library is opened: no other Go runtime is in the process already, whoever loaded
 * it ({@link OneGoLibrary} only sees the libraries loaded through this code); and {@code GOMEMLIMIT},
 * which Go reads as it loads, is one Go can parse (a malformed one makes Go abort the JVM). Right
 * after it is opened, before anything is bound: it speaks this loader's version of the
 * {@code gfj_*} contract ({@link #ABI_VERSION}), and it was built from the cgo header that the
 * Java bindings on the class path were checked against (the hash its build recorded in
 * {@value #HEADER_HASH_RESOURCE}).
 */
public final class LoadChecks {
    /** The version of the {@code gfj_*} exports this loader speaks: go/internal/guard's ABIVersion. */
    public static final long ABI_VERSION = 1;

    /** Where scripts/go-build records the SHA-256 of a library's cgo header, {@code %s} the library's name. */
    public static final String HEADER_HASH_RESOURCE = "META-INF/gofromjava/%s.h.sha256";

    /** A symbol every Go runtime exports from its library whatever the build mode (runtime/cgo's callbacks.go). */
    static final String GO_RUNTIME_SYMBOL = "_cgo_topofstack";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");
    private static final Set<Path> VERIFIED = ConcurrentHashMap.newKeySet();

    private LoadChecks() {}

    // docs:begin before
    /** Before {@code library} is opened: the environment Go reads at load, and no other Go runtime in the process. */
    static void beforeOpen(Path library) {
        memoryLimitProblem(System.getenv("GOMEMLIMIT")).ifPresent(problem -> {
            throw new GoLibraryException("will not load " + library + ": " + problem);
        });
        for (Path other : goRuntimes()) {
            if (!sameFile(other, library)) {
                throw new GoLibraryException("will not load " + library + ": a Go runtime is in this process already,"
                        + " from " + other + ", loaded by other code (a dependency's System.load or JNA?). A second"
                        + " Go runtime in one process is not supported by Go (golang/go#65050, golang/go#18976):"
                        + " build one library, from one main package, that exports what both need, or run one of"
                        + " them in a separate process.");
            }
        }
    }
    // docs:end before

    // docs:begin after
    /**
     * Right after {@code library} was opened: {@code abiVersion} and {@code headerHash} are what its
     * {@code gfj_abi_version} and {@code gfj_header_hash} returned (empty: it has no such export).
     */
    static void afterOpen(Path library, OptionalLong abiVersion, OptionalLong headerHash) {
        if (abiVersion.isEmpty() || abiVersion.getAsLong() != ABI_VERSION) {
            throw new GoLibraryException("will not use " + library + ": it speaks "
                    + (abiVersion.isEmpty() ? "no version" : "version " + abiVersion.getAsLong())
                    + " of the gfj_* exports, and this loader version " + ABI_VERSION
                    + ": build it with this project's go/internal, or use the loader it was built for.");
        }
        String name = libraryName(library);
        Optional<String> expected = expectedHeaderHash(name);
        if (expected.isEmpty()) {
            return; // no build recorded a header for these bindings: nothing to compare with
        }
        String want = expected.get().substring(0, 16);
        String got = headerHash.isEmpty() || headerHash.getAsLong() == 0 ? null
                : String.format("%016x", headerHash.getAsLong());
        if (!want.equals(got)) {
            throw new GoLibraryException("will not use " + library + ": it was built "
                    + (got == null ? "without a record of its cgo header" : "from a cgo header with SHA-256 " + got + "…")
                    + ", but the Java bindings on the class path were checked against "
                    + headerFile(name) + " with SHA-256 " + want + "… Load the library built together with"
                    + " these classes (rebuild both, or take both from one jar).");
        }
    }
    // docs:end after

    /** Whether {@link #afterOpen} passed for {@code library} already in this JVM; records it if not. */
    static boolean verifiedBefore(Path library) {
        return !VERIFIED.add(library);
    }

    /** Forgets that {@code library} passed, after a failed check: the next load checks it again. */
    static void forget(Path library) {
        VERIFIED.remove(library);
    }

    /** The library's name: its file name without what {@link System#mapLibraryName} adds ({@code lib}, {@code .so}). */
    static String libraryName(Path library) {
        String file = library.getFileName().toString();
        String mapped = System.mapLibraryName("@");
        String prefix = mapped.substring(0, mapped.indexOf('@'));
        String suffix = mapped.substring(mapped.indexOf('@') + 1);
        if (file.length() > prefix.length() + suffix.length() && file.startsWith(prefix) && file.endsWith(suffix)) {
            return file.substring(prefix.length(), file.length() - suffix.length());
        }
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static String headerFile(String name) {
        String library = System.mapLibraryName(name);
        return library.substring(0, library.lastIndexOf('.')) + ".h";
    }

    /** The header hash the build recorded for library {@code name}, in hex, if a class loader has it. */
    static Optional<String> expectedHeaderHash(String name) {
        String resource = String.format(HEADER_HASH_RESOURCE, name);
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), LoadChecks.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in != null) {
                    String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
                    if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                        throw new GoLibraryException(resource + " holds '" + hex + "', not a SHA-256 in hex");
                    }
                    return Optional.of(hex);
                }
            } catch (IOException e) {
                throw new GoLibraryException("cannot read " + resource + ": " + e, e);
            }
        }
        return Optional.empty();
    }

    // docs:begin memlimit
    /**
     * Why Go would refuse {@code value} as GOMEMLIMIT, or empty when it accepts it (or it is unset).
     * Go parses it as its runtime's parseByteCount does, once, as the library loads, and aborts the
     * process on a value it cannot parse: a JVM started with GOMEMLIMIT=512MB dies loading the library.
     */
    public static Optional<String> memoryLimitProblem(String value) {
        if (value == null || value.isEmpty() || value.equals("off")) {
            return Optional.empty();
        }
        String number = value;
        long unit = 1;
        if (value.endsWith("B")) {
            String[] units = {"KiB", "MiB", "GiB", "TiB"};
            number = value.substring(0, value.length() - 1);
            for (int i = 0; i < units.length; i++) {
                if (value.endsWith(units[i])) {
                    number = value.substring(0, value.length() - 3);
                    unit = 1L << (10 * (i + 1));
                }
            }
        }
        if (DECIMAL.matcher(number).matches()) {
            try {
                long n = Long.parseLong(number);
                if (n >= 0 && n <= Long.MAX_VALUE / unit) {
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // too large: falls through
            }
        }
        return Optional.of("GOMEMLIMIT is '" + value + "', which Go cannot parse: Go would abort the process as the"
                + " library loads. Give bytes, up to 2^63-1, with no unit or B, KiB, MiB, GiB or TiB (512MiB, not 512MB),"
                + " or off.");
    }
    // docs:end memlimit

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    // docs:begin scan
    /**
     * The files of every Go runtime loaded in this process, by whatever code loaded them: each loaded
     * object that defines {@value #GO_RUNTIME_SYMBOL}. On Linux the dynamic loader lists the objects
     * ({@code dl_iterate_phdr}), on macOS dyld ({@code _dyld_get_image_name}); {@code dlsym} on a
     * handle from {@code dlopen(RTLD_NOLOAD)}, which never loads anything, finds the symbol, and
     * {@code dladdr} names the object that defines it. Empty on other systems (Windows: not checked).
     */
    public static List<Path> goRuntimes() {
        Native n = Native.INSTANCE;
        if (n == null) {
            return List.of();
        }
        Set<Path> found = new LinkedHashSet<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment symbol = arena.allocateFrom(GO_RUNTIME_SYMBOL);
            MemorySegment info = arena.allocate(n.dlInfo);
            for (String object : n.loadedObjects()) {
                MemorySegment handle = (MemorySegment) n.dlopen.invokeExact(arena.allocateFrom(object), n.rtldLazy | n.rtldNoload);
                if (handle.equals(MemorySegment.NULL)) {
                    continue; // not loaded as a library (the vdso, say)
                }
                try {
                    MemorySegment address = (MemorySegment) n.dlsym.invokeExact(handle, symbol);
                    if (!address.equals(MemorySegment.NULL) && (int) n.dladdr.invokeExact(address, info) != 0) {
                        found.add(Path.of(cString(info.get(ADDRESS, 0))));
                    }
                } finally {
                    int ignored = (int) n.dlclose.invokeExact(handle);
                }
            }
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
        return new ArrayList<>(found);
    }
    // docs:end scan

    /** The C functions of the scan, bound once; null where the scan does not run. */
    private static final class Native {
        static final Native INSTANCE = create();

        final MethodHandle dlopen;
        final MethodHandle dlsym;
        final MethodHandle dladdr;
        final MethodHandle dlclose;
        final MemoryLayout dlInfo = MemoryLayout.structLayout(ADDRESS, ADDRESS, ADDRESS, ADDRESS); // Dl_info
        final int rtldLazy = 1;
        final int rtldNoload;
        private final boolean linux;
        private final MethodHandle iterate; // dl_iterate_phdr (Linux)
        private final MethodHandle imageCount; // _dyld_image_count (macOS)
        private final MethodHandle imageName; // _dyld_get_image_name (macOS)

        private Native(boolean linux, SymbolLookup libc) {
            Linker linker = Linker.nativeLinker();
            this.linux = linux;
            this.rtldNoload = linux ? 4 : 0x10;
            this.dlopen = linker.downcallHandle(find(libc, "dlopen"), FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT));
            this.dlsym = linker.downcallHandle(find(libc, "dlsym"), FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
            this.dladdr = linker.downcallHandle(find(libc, "dladdr"), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
            this.dlclose = linker.downcallHandle(find(libc, "dlclose"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
            this.iterate = linux ? linker.downcallHandle(find(libc, "dl_iterate_phdr"),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS)) : null;
            this.imageCount = linux ? null : linker.downcallHandle(find(libc, "_dyld_image_count"), FunctionDescriptor.of(JAVA_INT));
            this.imageName = linux ? null : linker.downcallHandle(find(libc, "_dyld_get_image_name"),
                    FunctionDescriptor.of(ADDRESS, JAVA_INT));
        }

        private static Native create() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            boolean linux = os.startsWith("linux");
            if (!linux && !os.startsWith("mac")) {
                return null;
            }
            return new Native(linux, Linker.nativeLinker().defaultLookup());
        }

        private static MemorySegment find(SymbolLookup lookup, String name) {
            return lookup.find(name).orElseThrow(() -> new GoLibraryException("no C function " + name + " in this JVM's C library"));
        }

        /** The path of every object the dynamic loader has loaded, the main program's empty name left out. */
        @SuppressWarnings("restricted") // upcallStub: called only during dl_iterate_phdr
        List<String> loadedObjects() throws Throwable {
            List<String> names = new ArrayList<>();
            if (!linux) {
                int count = (int) imageCount.invokeExact();
                for (int i = 0; i < count; i++) {
                    MemorySegment name = (MemorySegment) imageName.invokeExact(i);
                    if (!name.equals(MemorySegment.NULL)) {
                        names.add(cString(name));
                    }
                }
                return names;
            }
            // int callback(struct dl_phdr_info* info, size_t size, void* data): dlpi_name follows dlpi_addr.
            MethodHandle collect = MethodHandles.insertArguments(MethodHandles.lookup().findStatic(Native.class, "collect",
                    MethodType.methodType(int.class, List.class, MemorySegment.class, long.class, MemorySegment.class)), 0, names);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment callback = Linker.nativeLinker().upcallStub(collect,
                        FunctionDescriptor.of(JAVA_INT, ADDRESS.withTargetLayout(MemoryLayout.structLayout(ADDRESS, ADDRESS)),
                                ValueLayout.JAVA_LONG, ADDRESS), arena);
                int ignored = (int) iterate.invokeExact(callback, MemorySegment.NULL);
            }
            names.removeIf(String::isEmpty);
            return names;
        }

        /** The dl_iterate_phdr callback: keeps the object's name and goes on (0). Never throws: it is an upcall. */
        private static int collect(List<String> names, MemorySegment info, long size, MemorySegment data) {
            try {
                MemorySegment name = info.get(ADDRESS, ADDRESS.byteSize());
                if (!name.equals(MemorySegment.NULL)) {
                    names.add(cString(name));
                }
            } catch (Throwable t) {
                names.add(""); // dropped by the caller; an exception must not leave an upcall
            }
            return 0;
        }
    }

    /** The C string at {@code address}, read no further than its NUL (CStrings.byteLength says why). */
    @SuppressWarnings("restricted") // reinterpret: to the length just found
    private static String cString(MemorySegment address) {
        return address.reinterpret(CStrings.byteLength(address) + 1).getString(0);
    }

    /** For tests: the names {@link #goRuntimes} would look at. */
    static List<String> loadedObjects() {
        try {
            return Native.INSTANCE == null ? List.of() : Native.INSTANCE.loadedObjects();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
}
