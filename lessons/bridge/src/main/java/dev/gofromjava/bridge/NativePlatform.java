package dev.gofromjava.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A platform a Go library is built for, named by Go's GOOS and GOARCH ({@code linux/amd64},
 * {@code darwin/arm64}, {@code windows/amd64}).
 *
 * <p>The jar's folder for each platform and the library's file name there come from one table,
 * {@code platforms.txt} beside this class, which scripts/native-resources reads too. The folders
 * are JNA's own names ({@code Platform.RESOURCE_PREFIX}: {@code linux-x86-64},
 * {@code darwin-aarch64}, {@code win32-x86-64}), so that a jar's Go libraries
 * ({@code native/FOLDER/}) and JNA's ({@code com/sun/jna/FOLDER/}) sit under one name.
 */
public record NativePlatform(String goos, String goarch) {
    /** The table's rows, by "GOOS/GOARCH": {folder, file name with NAME for the library}. */
    private static final Map<String, String[]> TABLE = readTable();

    /** The platforms a jar may carry a library for: the table's rows, in its order. */
    public static final List<NativePlatform> KNOWN = TABLE.keySet().stream()
            .map(p -> new NativePlatform(p.substring(0, p.indexOf('/')), p.substring(p.indexOf('/') + 1)))
            .toList();

    // docs:begin platform
    /** The platform this JVM runs on. */
    public static NativePlatform current() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** The platform for the JVM's {@code os.name} and {@code os.arch}, in Go's names. */
    public static NativePlatform of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        String goos = name.startsWith("linux") ? "linux"
                : name.startsWith("mac") || name.startsWith("darwin") ? "darwin"
                : name.startsWith("windows") ? "windows"
                : name.replaceAll("[^a-z0-9]", "");
        String goarch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        };
        return new NativePlatform(goos, goarch);
    }
    // docs:end platform

    /** The jar's folder for this platform: the table's, or {@code GOOS-GOARCH} for one it lacks. */
    public String id() {
        String[] row = TABLE.get(goos + "/" + goarch);
        return row != null ? row[0] : goos + "-" + goarch;
    }

    /**
     * The file name of library {@code name} on this platform, as {@link System#mapLibraryName}
     * gives it there: {@code libNAME.so}, {@code libNAME.dylib} or {@code NAME.dll}.
     */
    public String libraryFile(String name) {
        String pattern = TABLE.entrySet().stream()
                .filter(e -> e.getKey().startsWith(goos + "/"))
                .map(e -> e.getValue()[1])
                .findFirst().orElse("libNAME.so");
        return pattern.replace("NAME", name);
    }

    /** Where a jar keeps library {@code name} for this platform: {@code native/FOLDER/FILE}. */
    public String resource(String name) {
        return "native/" + id() + "/" + libraryFile(name);
    }

    @Override
    public String toString() {
        return id();
    }

    private static Map<String, String[]> readTable() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = NativePlatform.class.getResourceAsStream("platforms.txt")) {
            if (in == null) {
                throw new IllegalStateException("platforms.txt is missing beside " + NativePlatform.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                String[] cells = line.strip().split("\\s+");
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (cells.length != 3 || !cells[0].contains("/") || !cells[2].contains("NAME")) {
                    throw new IllegalStateException("platforms.txt: not GOOS/GOARCH, a folder and a file name: " + line);
                }
                rows.put(cells[0], new String[] {cells[1], cells[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(rows);
    }
}
