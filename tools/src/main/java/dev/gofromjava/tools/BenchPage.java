package dev.gofromjava.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A lesson page's benchmark section: the lines between {@value #BEGIN} and {@value #END}, which
 * a benchmark report rewrites from a run's results; the rest of the page is the author's.
 */
public final class BenchPage {
    public static final String BEGIN = "<!-- bench:begin -->";
    public static final String END = "<!-- bench:end -->";

    private BenchPage() {}

    /** Replaces what stands between the markers of {@code page} with {@code tables}. */
    public static void fill(Path page, String tables) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(page + " has no " + BEGIN + " ... " + END + " section for the tables");
        }
        Files.writeString(page, text.substring(0, begin + BEGIN.length()) + "\n" + tables + text.substring(end),
                StandardCharsets.UTF_8);
    }
}
