package dev.gofromjava.bridge;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Opens a Go c-shared library with JNA, both ways JNA offers: interface mapping
 * ({@link #load}) and direct mapping ({@link #register}).
 *
 * <p>Strings are UTF-8 whatever the locale: JNA's default follows it, and under
 * {@code LC_ALL=C} "hé" would cross as "h?". Every function is looked up when the binding is made,
 * so a missing export fails here, naming the symbol, and not at its first call.
 *
 * <p>A Go panic is reported as {@link GoPanicException}: by every method of an interface from
 * {@link #load}, and by {@link #throwIfPanicked}, which direct-mapped code calls itself after
 * each call. On Linux that check costs no second call into the library while errno is 0 (see
 * {@link #throwIfPanicked}).
 */
public final class JnaLoader {
    // docs:begin options
    public static final Map<String, Object> OPTIONS = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");
    // docs:end options

    private static boolean guardBound;
    /** Whether errno, as JNA saves it after every call, may stand in for the note when it is 0: see throwIfPanicked. */
    private static volatile boolean errnoSignalsPanics;

    private JnaLoader() {}

    /** The guard's two functions, bound by direct mapping to the one Go library of this JVM. */
    private static final class Guard {
        static native long gfj_panic_take();                                 // uint64_t gfj_panic_take(void)
        static native long gfj_panic_message(long id, Pointer out, long outN); // GoInt64 (GoUint64, char*, GoInt64)

        private Guard() {}
    }

    /**
     * Interface mapping: a proxy of {@code api} whose methods call the exports of the same names,
     * each followed by {@link #throwIfPanicked}.
     */
    public static <T extends Library> T load(String name, Class<T> api) {
        return load(NativePaths.library(name), api);
    }

    /** {@link #load(String, Class)} for the library file at {@code path} (one extracted from a jar, say). */
    public static <T extends Library> T load(Path path, Class<T> api) {
        NativeLibrary library = open(path);
        for (Method method : api.getDeclaredMethods()) {
            if (Modifier.isAbstract(method.getModifiers())) {
                requireSymbol(library, method.getName());
            }
        }
        // JNA's own handler makes the calls; ours adds the check after each.
        InvocationHandler calls = Proxy.getInvocationHandler(Native.load(library.getFile().getPath(), api, OPTIONS));
        InvocationHandler checked = (proxy, method, args) -> {
            Object result = calls.invoke(proxy, method, args);
            if (method.getDeclaringClass() != Object.class && Modifier.isAbstract(method.getModifiers())) {
                throwIfPanicked(method.getName());
            }
            return result;
        };
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, checked));
    }

    /** Direct mapping: binds the {@code static native} methods of {@code binding} to the exports of the same names. */
    public static void register(Class<?> binding, String name) {
        register(binding, NativePaths.library(name));
    }

    /** {@link #register(Class, String)} for the library file at {@code path}. */
    public static void register(Class<?> binding, Path path) {
        NativeLibrary library = open(path);
        for (Method method : binding.getDeclaredMethods()) {
            if (Modifier.isNative(method.getModifiers())) {
                requireSymbol(library, method.getName());
            }
        }
        Native.register(binding, library);
    }

    /**
     * Throws {@link GoPanicException} if the Go export this thread called last panicked. Call it
     * right after each direct-mapped call, on the same thread, with nothing in between that could
     * block or make another JNA call: the note Go leaves, and errno, are per OS thread.
     *
     * <p>The guard sets errno whenever it records a panic, and JNA saves errno after every call
     * (its dispatch.c), readable with {@link Native#getLastError()}, a plain JNI method. So on
     * Linux a saved errno of 0 means the call did not panic, and the note is not taken: no second
     * call into the library. Any other value (a panic, or errno left by other C code) takes the
     * note, which says which it was, and sets errno, and so JNA's saved copy, back to 0.
     */
    // docs:begin check
    public static void throwIfPanicked(String export) {
        if (errnoSignalsPanics && Native.getLastError() == 0) {
            return;
        }
        long id = Guard.gfj_panic_take();
        if (id != 0) {
            throw new GoPanicException(export, panicMessage(id));
        }
    }
    // docs:end check

    /**
     * {@code result}, after {@link #throwIfPanicked throwIfPanicked(export)}: for a direct-mapped
     * call in one expression, {@code return checked("add", Lib.add(a, b));}. Java evaluates the
     * call, the argument, before the check runs.
     */
    public static long checked(String export, long result) {
        throwIfPanicked(export);
        return result;
    }

    /** As {@link #checked(String, long)}. */
    public static int checked(String export, int result) {
        throwIfPanicked(export);
        return result;
    }

    /** As {@link #checked(String, long)}. */
    public static short checked(String export, short result) {
        throwIfPanicked(export);
        return result;
    }

    /** As {@link #checked(String, long)}. */
    public static byte checked(String export, byte result) {
        throwIfPanicked(export);
        return result;
    }

    /** As {@link #checked(String, long)}. */
    public static float checked(String export, float result) {
        throwIfPanicked(export);
        return result;
    }

    /** As {@link #checked(String, long)}. */
    public static double checked(String export, double result) {
        throwIfPanicked(export);
        return result;
    }

    /** As {@link #checked(String, long)}, for a pointer or any other object result. */
    public static <T> T checked(String export, T result) {
        throwIfPanicked(export);
        return result;
    }

    private static String panicMessage(long id) {
        try (Memory out = new Memory(GoLibrary.MAX_PANIC_MESSAGE + 1)) {
            long size = Guard.gfj_panic_message(id, out, out.size());
            if (size < 1 || size > out.size()) {
                return "(Go's message for panic " + id + " is not available)";
            }
            return new String(out.getByteArray(0, (int) size - 1), StandardCharsets.UTF_8);
        }
    }

    private static synchronized NativeLibrary open(Path file) {
        Path path = NativePaths.requireLibrary(file.toAbsolutePath().normalize());
        NativeLibrary library = OneGoLibrary.IN_THIS_JVM.open(path, () -> {
            try {
                return NativeLibrary.getInstance(path.toString(), OPTIONS);
            } catch (UnsatisfiedLinkError e) {
                throw new GoLibraryException("cannot load Go library " + path + ": " + e.getMessage(), e);
            }
        });
        if (!LoadChecks.verifiedBefore(path)) {
            try {
                LoadChecks.afterOpen(path, callIfExported(library, "gfj_abi_version"), callIfExported(library, "gfj_header_hash"));
            } catch (GoLibraryException e) {
                LoadChecks.forget(path);
                throw e;
            }
        }
        if (!guardBound) { // one Go library per JVM (OneGoLibrary), so the guard binds once
            requireSymbol(library, "gfj_panic_take");
            requireSymbol(library, "gfj_panic_message");
            Native.register(Guard.class, library);
            errnoSignalsPanics = Platform.isLinux() && jnaSavesErrno(library);
            guardBound = true;
        }
        return library;
    }

    /** What the export {@code name}, of C type {@code int64_t name(void)}, returns; empty when the library has none. */
    private static OptionalLong callIfExported(NativeLibrary library, String name) {
        Function function;
        try {
            function = library.getFunction(name);
        } catch (UnsatisfiedLinkError e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(function.invokeLong(new Object[0]));
    }

    /**
     * Whether this JNA saves errno after each call, through both mappings, as its dispatch.c does
     * today: errno set before a call to gfj_panic_take, which sets it to 0, must read 0 after it.
     * Asked only on Linux: there nothing between the guard and the export's return sets errno to
     * 0 (go/internal/guard). On Windows JNA saves GetLastError() instead, which Go's runtime sets
     * to 0 around its own system calls, so the note is taken after every call there.
     */
    private static boolean jnaSavesErrno(NativeLibrary library) {
        final int eintr = 4; // any value but 0
        Native.setLastError(eintr); // errno and JNA's saved copy
        Guard.gfj_panic_take();     // direct mapping
        boolean direct = Native.getLastError() == 0;
        Native.setLastError(eintr);
        library.getFunction("gfj_panic_take").invokeLong(new Object[0]); // interface mapping's path
        boolean interfaceMapping = Native.getLastError() == 0;
        return direct && interfaceMapping;
    }

    /** Whether throwIfPanicked skips the note while JNA's saved errno is 0 (Linux, with a JNA that saves it). */
    public static boolean checksErrnoFirst() {
        return errnoSignalsPanics;
    }

    private static void requireSymbol(NativeLibrary library, String symbol) {
        try {
            library.getFunction(symbol);
        } catch (UnsatisfiedLinkError e) {
            throw new GoLibraryException("symbol '" + symbol + "' not found in " + library.getFile()
                    + ": is the Go function marked //export " + symbol + "?", e);
        }
    }
}
