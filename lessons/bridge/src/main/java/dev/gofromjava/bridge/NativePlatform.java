package dev.gofromjava.bridge;

import java.util.List;
import java.util.Locale;

/**
 * A platform a Go library is built for, named as a jar's resource folders name it:
 * {@code linux-x86_64}, {@code linux-aarch64}, {@code macos-aarch64}, {@code windows-x86_64}.
 *
 * <p>The JVM names platforms by {@code os.name} and {@code os.arch} ("Mac OS X", "amd64"); Go by
 * GOOS and GOARCH ("darwin", "amd64"); scripts/native-resources maps GOOS/GOARCH to these same
 * names. The library's file name on each OS is the one {@link System#mapLibraryName} gives there.
 */
public record NativePlatform(String os, String arch) {
    /** The platforms a jar may carry a library for; the loader looks for each when one is missing. */
    public static final List<NativePlatform> KNOWN = List.of(
            new NativePlatform("linux", "x86_64"), new NativePlatform("linux", "aarch64"),
            new NativePlatform("macos", "x86_64"), new NativePlatform("macos", "aarch64"),
            new NativePlatform("windows", "x86_64"), new NativePlatform("windows", "aarch64"));

    // docs:begin platform
    /** The platform this JVM runs on. */
    public static NativePlatform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The platform for the JVM's {@code os.name} and {@code os.arch}. */
    public static NativePlatform of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String os = name.startsWith("linux") ? "linux"
                : name.startsWith("mac") || name.startsWith("darwin") ? "macos"
                : name.startsWith("windows") ? "windows"
                : name.replaceAll("[^a-z0-9]", "");
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        };
        return new NativePlatform(os, arch);
    }

    /** The resource folder name: {@code os-arch}. */
    public String id() {
        return os + "-" + arch;
    }

    /**
     * The file name of library {@code name} on this platform's OS, as {@link System#mapLibraryName}
     * gives it there: {@code libNAME.so}, {@code libNAME.dylib} or {@code NAME.dll}.
     */
    public String libraryFile(String name) {
        return switch (os) {
            case "windows" -> name + ".dll";
            case "macos" -> "lib" + name + ".dylib";
            default -> "lib" + name + ".so";
        };
    }

    /** Where a jar keeps library {@code name} for this platform: {@code native/os-arch/FILE}. */
    public String resource(String name) {
        return "native/" + id() + "/" + libraryFile(name);
    }
    // docs:end platform

    @Override
    public String toString() {
        return id();
    }
}
