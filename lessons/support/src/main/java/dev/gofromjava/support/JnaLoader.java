package dev.gofromjava.support;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens a Go c-shared library with JNA, both ways JNA offers: interface mapping
 * ({@link #load}) and direct mapping ({@link #register}).
 *
 * <p>Strings are UTF-8 whatever the locale: JNA's default follows it, and under
 * {@code LC_ALL=C} "hé" would cross as "h?". Every function is looked up when the binding is made,
 * so a missing export fails here, naming the symbol, and not at its first call.
 */
public final class JnaLoader {
    // docs:begin options
    public static final Map<String, Object> OPTIONS = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");
    // docs:end options

    private JnaLoader() {}

    /** Interface mapping: a proxy of {@code api} whose methods call the exports of the same names. */
    public static <T extends Library> T load(String name, Class<T> api) {
        NativeLibrary library = open(name);
        for (Method method : api.getDeclaredMethods()) {
            if (Modifier.isAbstract(method.getModifiers())) {
                requireSymbol(library, method.getName());
            }
        }
        return Native.load(library.getFile().getPath(), api, OPTIONS);
    }

    /** Direct mapping: binds the {@code static native} methods of {@code binding} to the exports of the same names. */
    public static void register(Class<?> binding, String name) {
        NativeLibrary library = open(name);
        for (Method method : binding.getDeclaredMethods()) {
            if (Modifier.isNative(method.getModifiers())) {
                requireSymbol(library, method.getName());
            }
        }
        Native.register(binding, library);
    }

    private static NativeLibrary open(String name) {
        Path path = NativePaths.requireLibrary(NativePaths.library(name));
        GoRuntime.claim(path);
        try {
            return NativeLibrary.getInstance(path.toString(), OPTIONS);
        } catch (UnsatisfiedLinkError e) {
            throw new GoLibraryException("cannot load Go library " + path + ": " + e.getMessage(), e);
        }
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
