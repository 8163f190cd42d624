package dev.gofromjava.census;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.Demos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link FailureCensus} for lessons 03 to 10, each in a JVM of its own with its own Go
 * library, and checks that no bad call crashed the JVM, left C memory allocated, or behaved
 * differently in the two bindings; and that the table on {@value #PAGE} is exactly what the calls
 * did. With {@code -Dcensus.write=true} it first writes the table it made into the page (the
 * other checks still apply), as {@code scripts/docs} does for code blocks.
 */
class FailureCensusTest {
    static final List<String> LESSONS = List.of("03-arrays", "04-strings", "05-string-arrays", "06-bulk-data",
            "07-alloc", "08-structs", "09-ownership", "10-errors");

    /** The generated page, relative to the repository root. */
    static final String PAGE = "docs/bench/10-failure-census.md";

    static final String BEGIN = "<!-- census:begin -->";
    static final String END = "<!-- census:end -->";

    @Test
    void everyBadCallIsAJavaExceptionOrADocumentedResult() throws Exception {
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("| lesson | Java call → Go exports | bad input | outcome, FFM and JNA alike |\n"
                + "|---|---|---|---|\n");
        for (String lesson : LESSONS) {
            Demos.Run run = Demos.start(flags(lesson), env -> {}, FailureCensus.class, lesson);
            if (run.exit() != 0) {
                problems.add(lesson + ": the JVM exited with status " + run.exit() + "; the end of its stderr:\n"
                        + tail(run.err()));
                continue;
            }
            // call and input -> binding -> outcome, in the order the census made them
            Map<String, Map<String, String>> outcomes = new LinkedHashMap<>();
            for (String line : run.out().lines().filter(l -> l.startsWith("ROW\t")).toList()) {
                String[] cells = line.split("\t", -1);
                outcomes.computeIfAbsent(cells[1] + "\t" + cells[2], k -> new LinkedHashMap<>()).put(cells[3], cells[4]);
            }
            if (outcomes.isEmpty()) {
                problems.add(lesson + ": the census printed no rows:\n" + run.out() + tail(run.err()));
            }
            outcomes.forEach((probe, byBinding) -> {
                String ffm = byBinding.get("FFM");
                String jna = byBinding.get("JNA");
                String[] cells = probe.split("\t");
                if (ffm == null || !ffm.equals(jna)) {
                    problems.add(lesson + ", " + cells[0] + " with " + cells[1] + ": FFM: " + ffm + "; JNA: " + jna);
                }
                if (ffm != null && ffm.contains("C blocks left allocated")) {
                    problems.add(lesson + ", " + cells[0] + " with " + cells[1] + " leaked: " + ffm);
                }
                table.append("| ").append(lesson).append(" | `").append(cells[0]).append("` | ").append(cells[1])
                        .append(" | ").append(String.valueOf(ffm).replace("|", "\\|")).append(" |\n");
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        if (Boolean.getBoolean("census.write")) {
            writeTable(table.toString());
        }
        assertEquals(table.toString(), pageTable(), PAGE + "'s table is not what the calls did (run this test with "
                + "-Dcensus.write=true to write it); the census made this one:\n" + table);
    }

    /** The JVM flags the lesson's own tests run with: native access, its pom's jvm.extraArgs, its Go library. */
    static List<String> flags(String lesson) throws IOException {
        Path root = Path.of(System.getProperty("gofromjava.repo.root"));
        List<String> flags = new ArrayList<>(List.of(Demos.NATIVE_ACCESS));
        Matcher extra = Pattern.compile("<jvm.extraArgs>([^<]*)</jvm.extraArgs>")
                .matcher(Files.readString(root.resolve("lessons").resolve(lesson).resolve("pom.xml")));
        if (extra.find() && !extra.group(1).isBlank()) {
            flags.addAll(List.of(extra.group(1).strip().split("\\s+")));
        }
        // Maven points this module at lessons/census/target/native (native-asan, native-valgrind
        // under memcheck), which holds no library: each lesson's is in the directory of the same
        // name in that lesson's folder.
        Path native_ = root.resolve("lessons").resolve(lesson).resolve("target").resolve(NativePaths.directory().getFileName());
        flags.add("-D" + NativePaths.PROPERTY + "=" + native_);
        flags.add("-Djna.library.path=" + native_);
        return flags;
    }

    static Path page() {
        return Path.of(System.getProperty("gofromjava.repo.root")).resolve(PAGE);
    }

    /** The table between the census markers on the page. */
    static String pageTable() throws IOException {
        String text = Files.readString(page(), StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            return PAGE + " has no " + BEGIN + " … " + END + " region";
        }
        return text.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    /** Replaces the table between the census markers with {@code table}; the rest of the page stays. */
    static void writeTable(String table) throws IOException {
        String text = Files.readString(page(), StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new AssertionError(PAGE + " has no " + BEGIN + " … " + END + " region to write into");
        }
        Files.writeString(page(), text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end),
                StandardCharsets.UTF_8);
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
