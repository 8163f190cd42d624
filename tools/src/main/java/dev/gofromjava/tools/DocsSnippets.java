package dev.gofromjava.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the pages of docs/ equal to the sources they quote, and holds them to the book's rules.
 *
 * <p>Quotes. A source marks a region with {@code docs:begin NAME} and {@code docs:end NAME}
 * inside any comment (in a Go file's cgo preamble too); a page quotes it with
 * {@code <!-- code: PATH#NAME -->} on the line before a fenced block. A page quotes a whole file,
 * a lesson's expected-output.txt, with {@code <!-- output: PATH -->}. {@code scripts/docs}
 * rewrites the blocks; {@code scripts/docs --check} (and a test) fails when one differs.
 *
 * <p>Rules, checked in both modes: every {@code ```c} block is a quote; every lesson page
 * (docs/NN-name.md) has the book's frame; the word budgets hold; the tests a page names exist
 * (namedTests); no Markdown file names a path outside the repository, and each of its relative
 * links leads to a file of the repository and its anchor to a heading there (links). Deliberately
 * plain Java 17 with no dependencies, so the script can run this file directly with any
 * {@code java} on the PATH.
 */
public final class DocsSnippets {
    static final int EARLY_LESSON_WORDS = 1_800;   // lessons 01-10
    static final int LATER_LESSON_WORDS = 3_000;   // lessons 11 and on
    static final int README_WORDS = 1_200;
    static final int MEMCHECK_WORDS = 2_200;
    static final int READING_PATH_WORDS = 30_000;  // docs/README.md and every lesson page
    static final int ALL_DOCS_WORDS = 42_000;      // every .md under docs/

    private static final Pattern QUOTE = Pattern.compile("^<!-- code: (\\S+)#(\\S+) -->$");
    private static final Pattern OUTPUT = Pattern.compile("^<!-- output: (\\S+) -->$");
    private static final Pattern MARKER = Pattern.compile("docs:(begin|end) (\\S+)");
    private static final Pattern LESSON_PAGE = Pattern.compile("docs/(\\d\\d)-([a-z0-9-]+)\\.md");
    private static final Pattern IMPORT_C = Pattern.compile("^\\s*import\\s+\"C\"\\s*(//.*)?$");

    private DocsSnippets() {}

    public static void main(String[] args) throws IOException {
        boolean check = args.length > 0 && args[0].equals("--check");
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        List<String> problems = sync(root, !check);
        problems.forEach(p -> System.err.println("docs: " + p));
        if (!problems.isEmpty()) {
            System.err.println(check ? "docs: run scripts/docs to update quoted blocks; the rules are in DocsSnippets."
                    : "docs: the quoted blocks are updated; the problems above remain.");
            System.exit(1);
        }
    }

    /**
     * Checks (write=false) or rewrites (write=true) the quoted blocks of every page under
     * root/docs, then checks the rules; returns the problems found.
     */
    public static List<String> sync(Path repository, boolean write) throws IOException {
        Path root = repository.toAbsolutePath().normalize(); // so that a path's climb out of it shows
        List<String> problems = new ArrayList<>();
        for (Path page : markdown(root.resolve("docs"))) {
            String name = name(root, page);
            String text = Files.readString(page, StandardCharsets.UTF_8);
            String updated = rewrite(root, name, text, problems);
            if (!updated.equals(text)) {
                if (write) {
                    Files.writeString(page, updated, StandardCharsets.UTF_8);
                    System.out.println("docs: updated " + name);
                } else {
                    problems.add(name + ": a quoted block differs from its source");
                }
            }
        }
        problems.addAll(rules(root));
        return problems;
    }

    /** The rules beyond quoting, over the pages as they are on disk. */
    static List<String> rules(Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        int readingPath = 0;
        int allDocs = 0;
        for (Path page : markdown(root.resolve("docs"))) {
            String name = name(root, page);
            String text = Files.readString(page, StandardCharsets.UTF_8);
            int words = words(text);
            allDocs += words;
            Matcher lesson = LESSON_PAGE.matcher(name);
            boolean isLesson = lesson.matches();
            if (isLesson || name.equals("docs/README.md")) {
                readingPath += words;
            }
            problems.addAll(cBlocks(name, text));
            List<String> own = new ArrayList<>();
            if (isLesson) {
                own.addAll(frame(name, lesson.group(1), lesson.group(2), text));
            }
            int budget = budget(name);
            if (budget > 0 && words > budget) {
                own.add(String.format(Locale.ROOT, "%s: %,d words, over its budget of %,d", name, words, budget));
            }
            problems.addAll(own);
        }
        if (readingPath > READING_PATH_WORDS) {
            problems.add(String.format(Locale.ROOT, "the reading path (docs/README.md and every docs/NN-*.md):"
                    + " %,d words, over its budget of %,d", readingPath, READING_PATH_WORDS));
        }
        if (allDocs > ALL_DOCS_WORDS) {
            problems.add(String.format(Locale.ROOT, "all of docs/ (every .md under it): %,d words, over its budget of %,d",
                    allDocs, ALL_DOCS_WORDS));
        }
        Sources sources = new Sources(root);
        for (Path page : markdown(root.resolve("docs"))) {
            problems.addAll(namedTests(name(root, page), Files.readString(page, StandardCharsets.UTF_8), sources));
        }
        Map<Path, Set<String>> anchors = new HashMap<>();
        for (Path file : markdown(root)) {
            String name = name(root, file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            problems.addAll(outsidePaths(root, name, text));
            problems.addAll(links(root, name, text, anchors));
        }
        return problems;
    }

    /** The word budget of a page, 0 when it has none of its own. */
    static int budget(String name) {
        Matcher lesson = LESSON_PAGE.matcher(name);
        if (lesson.matches()) {
            return Integer.parseInt(lesson.group(1)) <= 10 ? EARLY_LESSON_WORDS : LATER_LESSON_WORDS;
        }
        return switch (name) {
            case "docs/README.md" -> README_WORDS;
            case "docs/memcheck.md" -> MEMCHECK_WORDS;
            default -> 0;
        };
    }

    /** Words as {@code wc -w} counts them: runs of characters between whitespace. */
    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    // ---- quotes ---------------------------------------------------------------------------------

    static String rewrite(Path root, String pageName, String text, List<String> problems) throws IOException {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(line);
            Matcher code = QUOTE.matcher(line.strip());
            Matcher output = OUTPUT.matcher(line.strip());
            if (!code.matches() && !output.matches()) {
                continue;
            }
            String where = pageName + ":" + (i + 1);
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                problems.add(where + ": a quote must be followed by a ``` block");
                continue;
            }
            int close = i + 2;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            if (close >= lines.size()) {
                problems.add(where + ": the ``` block is not closed");
                continue;
            }
            List<String> quoted = code.matches()
                    ? region(root, code.group(1), code.group(2), where, problems)
                    : wholeFile(root, output.group(1), where, problems);
            out.add(lines.get(i + 1));
            out.addAll(quoted == null ? lines.subList(i + 2, close) : quoted);
            out.add(lines.get(close));
            i = close;
        }
        return String.join("\n", out);
    }

    private static List<String> wholeFile(Path root, String path, String where, List<String> problems) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            problems.add(where + ": no such file " + path);
            return null;
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (lines.stream().anyMatch(l -> l.startsWith("```"))) {
            problems.add(where + ": " + path + " has a line starting with ```, which would end the block early");
            return null;
        }
        return lines;
    }

    private static List<String> region(Path root, String path, String name, String where, List<String> problems)
            throws IOException {
        Path source = root.resolve(path).normalize();
        if (!source.startsWith(root) || !Files.isRegularFile(source)) {
            problems.add(where + ": no such file " + path);
            return null;
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        boolean[] linePreamble = path.endsWith(".go") ? linePreamble(lines) : new boolean[lines.size()];
        List<String> body = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line);
            if (m.find()) {
                if (m.group(2).equals(name)) {
                    inside = m.group(1).equals("begin");
                    found = true;
                }
                continue;
            }
            if (inside) {
                // In a preamble of // lines, cgo's C text is what follows each //.
                body.add(linePreamble[i] ? line.strip().substring(2) : line);
            }
        }
        if (!found) {
            problems.add(where + ": no region 'docs:begin " + name + "' in " + path);
            return null;
        }
        // Blank lines that keep a marker off a doc comment are not part of the quote.
        while (!body.isEmpty() && body.get(0).isBlank()) {
            body.remove(0);
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    /**
     * Which lines of a Go file are a cgo preamble written as // comments: the comment lines
     * right above an {@code import "C"}. (A preamble in a block comment needs no such care: its
     * lines are C as they stand.)
     */
    static boolean[] linePreamble(List<String> lines) {
        boolean[] preamble = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (IMPORT_C.matcher(lines.get(i)).matches()) {
                for (int j = i - 1; j >= 0 && lines.get(j).strip().startsWith("//"); j--) {
                    preamble[j] = true;
                }
            }
        }
        return preamble;
    }

    // ---- C blocks -------------------------------------------------------------------------------

    /** Every ```c block is quoted: the line before it is a code quote. */
    static List<String> cBlocks(String name, String text) {
        List<String> problems = new ArrayList<>();
        for (Block b : blocks(text)) {
            if (b.info().equalsIgnoreCase("c") && !QUOTE.matcher(b.lineBefore().strip()).matches()) {
                problems.add(name + ":" + b.line() + ": a ```c block not quoted from a source: put"
                        + " '<!-- code: go/NN-name/FILE.go#NAME -->' before it, and '// docs:begin NAME'"
                        + " and '// docs:end NAME' around the declarations in the cgo preamble");
            }
        }
        return problems;
    }

    /** A fenced block: the line of its opening fence (1-based), its info word, its lines, the line before it. */
    record Block(int line, String info, List<String> body, String lineBefore) {}

    static List<Block> blocks(String text) {
        String[] lines = text.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```")) {
                continue;
            }
            String info = lines[i].substring(3).strip().split("\\s+", 2)[0];
            int close = i + 1;
            while (close < lines.length && !lines[close].startsWith("```")) {
                close++;
            }
            blocks.add(new Block(i + 1, info, List.of(lines).subList(i + 1, Math.min(close, lines.length)),
                    i > 0 ? lines[i - 1] : ""));
            i = close;
        }
        return blocks;
    }

    // ---- the frame of a lesson page -------------------------------------------------------------

    /** A ## heading outside fenced blocks: its text and its line (1-based). */
    record Heading(String text, int line) {}

    static List<String> frame(String name, String number, String lesson, String text) {
        List<String> problems = new ArrayList<>();
        String dir = number + "-" + lesson;
        String[] lines = text.split("\n", -1);
        List<Heading> headings = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && lines[i].startsWith("## ")) {
                headings.add(new Heading(lines[i].substring(3).strip(), i + 1));
            }
        }
        int firstSection = headings.isEmpty() ? lines.length : headings.get(0).line() - 1;

        String title = "# " + number + " · " + lesson + ": ";
        if (!lines[0].startsWith(title) || lines[0].strip().length() == title.strip().length()) {
            problems.add(name + ":1: the first line must be the title '" + title + "<a short subtitle>', not '"
                    + lines[0] + "'");
        }
        int learn = -1;
        for (int i = 1; i < firstSection && learn < 0; i++) {
            if (lines[i].startsWith("**You will learn**") && lines[i].length() > "**You will learn** ".length()) {
                learn = i;
            }
        }
        if (learn < 0) {
            problems.add(name + ": no '**You will learn** ...' line (one sentence) between the title and the first ## section");
        }
        String tour = "scripts/tour " + dir;
        String mvn = "mvn -pl lessons/" + dir + " test";
        Block commands = null;
        for (Block b : blocks(text)) {
            if (b.line() - 1 < firstSection && (b.body().stream().anyMatch(l -> command(l).equals(tour))
                    || b.body().stream().anyMatch(l -> command(l).equals(mvn)))) {
                commands = b;
                break;
            }
        }
        if (commands == null) {
            problems.add(name + ": no commands block before the first ## section: a ``` block with the lines '"
                    + tour + "' and '" + mvn + "'");
        } else {
            for (String wanted : List.of(tour, mvn)) {
                if (commands.body().stream().noneMatch(l -> command(l).equals(wanted))) {
                    problems.add(name + ":" + commands.line() + ": the commands block has no line '" + wanted + "'");
                }
            }
            if (learn > commands.line() - 1) {
                problems.add(name + ": the '**You will learn**' line must come before the commands block");
            }
        }

        Heading runIt = section(headings, "Run it");
        Heading rule = section(headings, "The rule");
        Heading claims = section(headings, "Claims and tests");
        if (runIt == null) {
            problems.add(name + ": no '## Run it' section");
        } else {
            String marker = "<!-- output: lessons/" + dir + "/expected-output.txt -->";
            if (!sectionLines(lines, headings, runIt).contains(marker)) {
                problems.add(name + ":" + runIt.line() + ": '## Run it' quotes no output: it needs the line '" + marker
                        + "' before a ``` block");
            }
        }
        if (rule == null) {
            problems.add(name + ": no '## The rule' section");
        } else if (sectionLines(lines, headings, rule).stream().noneMatch(l -> l.startsWith("- "))) {
            problems.add(name + ":" + rule.line() + ": '## The rule' holds no rule: one '- ' bullet per rule");
        }
        if (claims == null) {
            problems.add(name + ": no '## Claims and tests' section");
        } else {
            Heading last = headings.get(headings.size() - 1);
            if (last != claims) {
                problems.add(name + ":" + last.line() + ": '## Claims and tests' must be the last ## section, but '## "
                        + last.text() + "' follows it");
            }
            if (!claimsTable(sectionLines(lines, headings, claims))) {
                problems.add(name + ":" + claims.line() + ": '## Claims and tests' holds no table with the header"
                        + " '| claim | test |', its '|---|---|' line and at least one row");
            }
        }
        if (runIt != null && rule != null && claims != null
                && !(runIt.line() < rule.line() && rule.line() < claims.line())) {
            problems.add(name + ": the closing sections must come in the order '## Run it', '## The rule', '## Claims and tests'");
        }
        return problems;
    }

    /** The command on a line of a commands block: without its # comment, spaces collapsed. */
    private static String command(String line) {
        int comment = line.indexOf(" #");
        String command = comment >= 0 ? line.substring(0, comment) : line;
        return String.join(" ", command.strip().split("\\s+"));
    }

    private static Heading section(List<Heading> headings, String text) {
        return headings.stream().filter(h -> h.text().equals(text)).findFirst().orElse(null);
    }

    /** The lines of a ## section, up to the next ## heading. */
    private static List<String> sectionLines(String[] lines, List<Heading> headings, Heading h) {
        int next = headings.indexOf(h) + 1;
        int end = next < headings.size() ? headings.get(next).line() - 1 : lines.length;
        return List.of(lines).subList(h.line(), end);
    }

    private static boolean claimsTable(List<String> lines) {
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (cells(lines.get(i)).equals(List.of("claim", "test"))
                    && lines.get(i + 1).strip().matches("\\|\\s*:?-{3,}:?\\s*\\|\\s*:?-{3,}:?\\s*\\|")
                    && cells(lines.get(i + 2)).size() == 2
                    && cells(lines.get(i + 2)).stream().noneMatch(String::isBlank)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (!r.startsWith("|") || !r.endsWith("|") || r.length() < 2) {
            return List.of();
        }
        return Stream.of(r.substring(1, r.length() - 1).split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    // ---- paths outside the repository -----------------------------------------------------------

    /**
     * The team's notes, beside the repository: a relative path up into a directory named shared, a
     * file under shared/ (shared/notes.md), or shared/ itself. (Prose such as "shared/exclusive"
     * names no file.)
     */
    private static final Pattern TEAM_NOTES = Pattern.compile("(?<![\\w./-])(?:(?:\\.\\./)+shared\\b[^\\s`)\"'>]*"
            + "|shared/(?:[\\w.-]+/)*[\\w-]+\\.\\w+|shared/(?=[\\s`)\"'>]|$))");
    /**
     * Absolute paths of one machine or one user: work and home directories. (/tmp is not one: it is
     * the same on every machine, and a page may tell the reader to write there.)
     */
    private static final Pattern MACHINE_PATH =
            Pattern.compile("(?<![\\w./~:$-])/(?:work|root|home|Users)/[^\\s`)\"'>]*");
    /** A Markdown link or image target, and a reference definition. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * A Markdown file may not name a path outside the repository: a relative link may not climb
     * above the root, and no text (code blocks included) may name the team's notes or an absolute
     * path under a work or home directory.
     */
    static List<String> outsidePaths(Path root, String name, String text) {
        List<String> problems = new ArrayList<>();
        Path dir = root.resolve(name).getParent();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = name + ":" + (i + 1);
            String line = lines[i];
            Matcher notes = TEAM_NOTES.matcher(line);
            while (notes.find()) {
                problems.add(where + ": names '" + token(notes) + "', the team's notes, outside the repository");
            }
            Matcher machine = MACHINE_PATH.matcher(line);
            while (machine.find()) {
                problems.add(where + ": names '" + token(machine) + "', a path on one machine, outside the repository");
            }
        }
        for (Link link : markdownLinks(text)) {
            String target = link.target();
            if (SCHEME.matcher(target).find() || target.startsWith("#") || target.startsWith("/")) {
                continue;
            }
            String path = target.replaceFirst("[#?].*$", "");
            if (!path.isEmpty() && !dir.resolve(path).normalize().startsWith(root)) {
                problems.add(name + ":" + link.line() + ": links to '" + target + "', which is outside the repository");
            }
        }
        return problems;
    }

    /** A link's target as written, and the line (1-based) it is on. */
    record Link(int line, String target) {}

    /**
     * The targets of a Markdown file's links and images, and of its reference definitions, in
     * order; not those inside fenced blocks or code spans, which are code, not links.
     */
    static List<Link> markdownLinks(String text) {
        List<Link> links = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String prose = lines[i].replaceAll("`[^`]*`", "``");
            Matcher link = LINK.matcher(prose);
            while (link.find()) {
                links.add(new Link(i + 1, link.group(1)));
            }
            Matcher reference = REFERENCE.matcher(prose);
            if (reference.matches()) {
                links.add(new Link(i + 1, reference.group(1)));
            }
        }
        return links;
    }

    /** A matched path without the punctuation of the sentence around it. */
    private static String token(Matcher m) {
        return m.group().replaceFirst("[.,;:!?]+$", "");
    }

    // ---- links and anchors ----------------------------------------------------------------------

    /** A file's GitHub line anchor: #L12 or #L12-L20. */
    private static final Pattern LINE_ANCHOR = Pattern.compile("L(\\d+)(?:-L(\\d+))?");
    /** An ATX heading: 1-6 #, then a space and its text, or nothing. */
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*))?$");

    /**
     * Every relative link of a Markdown file (see markdownLinks) leads to a file or directory of the
     * repository, and its #anchor to a place in what it leads to. The target is percent-decoded and
     * its ?query dropped; it is relative to the file's directory, or to the repository's root when
     * it starts with '/' (as on GitHub). Not followed: a target with a scheme (https:, mailto:), and
     * one that climbs out of the repository (outsidePaths reports that). The anchor of a bare #anchor
     * or of a Markdown file must be one of that page's heading anchors (see anchors); of a directory,
     * one of its README.md's (GitHub shows it); of any other file, a line it has (#L12, #L12-L20).
     * An empty anchor ("page.md#") is the top of the page.
     */
    static List<String> links(Path root, String name, String text, Map<Path, Set<String>> anchorCache) throws IOException {
        List<String> problems = new ArrayList<>();
        Path page = root.resolve(name).normalize();
        for (Link link : markdownLinks(text)) {
            String target = link.target();
            if (SCHEME.matcher(target).find()) {
                continue;
            }
            String where = name + ":" + link.line() + ": the link '" + target + "'";
            int hash = target.indexOf('#');
            String path = hash >= 0 ? target.substring(0, hash) : target;
            String anchor = hash >= 0 ? percentDecoded(target.substring(hash + 1)) : "";
            path = percentDecoded(path.replaceFirst("\\?.*$", ""));
            Path file = page;
            if (!path.isEmpty()) {
                file = (path.startsWith("/") ? root.resolve(path.substring(1)) : page.getParent().resolve(path)).normalize();
                if (!file.startsWith(root)) {
                    continue;
                }
                if (!Files.exists(file)) {
                    problems.add(where + " leads nowhere: there is no " + name(root, file));
                    continue;
                }
            }
            if (anchor.isEmpty()) {
                continue;
            }
            String shown = file.equals(root) ? "the repository's root" : name(root, file);
            if (Files.isDirectory(file)) {
                Path readme = file.resolve("README.md");
                if (!Files.isRegularFile(readme)) {
                    problems.add(where + ": '#" + anchor + "' is in no page: " + shown + " is a directory without a README.md");
                    continue;
                }
                file = readme;
                shown = name(root, readme);
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                Set<String> anchors = anchorCache.get(file);
                if (anchors == null) {
                    anchors = anchors(file.equals(page) ? text : Files.readString(file, StandardCharsets.UTF_8));
                    anchorCache.put(file, anchors);
                }
                if (!anchors.contains(anchor)) {
                    problems.add(where + ": '#" + anchor + "' is no heading of " + shown + " (its anchors: "
                            + String.join(", ", anchors) + ")");
                }
            } else {
                Matcher lines = LINE_ANCHOR.matcher(anchor);
                long count;
                try (Stream<String> l = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                    count = l.count();
                }
                if (!lines.matches() || !within(lines.group(1), count) || (lines.group(2) != null && !within(lines.group(2), count))) {
                    problems.add(where + ": '#" + anchor + "' is no line of " + shown + ", which has " + count
                            + " (into a file that is not Markdown, an anchor names lines: #L12 or #L12-L20)");
                }
            }
        }
        return problems;
    }

    private static boolean within(String number, long count) {
        return number.length() < 10 && Long.parseLong(number) >= 1 && Long.parseLong(number) <= count;
    }

    /** %XX sequences as UTF-8; anything else, and a malformed sequence, as it stands. */
    static String percentDecoded(String s) {
        if (!s.contains("%")) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    /**
     * The anchors GitHub gives a Markdown page's headings, in order. A heading is an ATX heading (1-6
     * #, up to 3 spaces before them) outside fenced blocks; setext headings (text underlined with
     * === or ---) are not recognised, and the pages use none. Its anchor is the heading's text as
     * shown (code spans without their backticks, a link or image as its text, HTML tags and a closing
     * run of # dropped, backslash escapes and the entities &amp;amp; &amp;lt; &amp;gt; &amp;quot;
     * resolved), then GitHub's slug: lowercase; every character other than a letter, a digit, a
     * mark, '-', '_' or a space dropped; each space a '-'. A slug already taken gets -1, -2, ...:
     * the first free one, as github-slugger counts.
     */
    static Set<String> anchors(String text) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> occurrences = new HashMap<>();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (fenced || !heading.matches()) {
                continue;
            }
            String content = heading.group(1) == null ? "" : heading.group(1).strip();
            content = content.replaceFirst("(?:^|[ \\t]+)#+$", "").strip();
            String slug = slug(shownText(content));
            String unique = slug;
            while (occurrences.containsKey(unique)) {
                unique = slug + "-" + occurrences.merge(slug, 1, Integer::sum);
            }
            occurrences.put(unique, 0);
            anchors.add(unique);
        }
        return anchors;
    }

    /** A heading's Markdown as the text a reader sees. */
    static String shownText(String markdown) {
        StringBuilder shown = new StringBuilder();
        Matcher code = Pattern.compile("(`+)(.+?)\\1").matcher(markdown);
        int at = 0;
        while (code.find()) {
            shown.append(shownProse(markdown.substring(at, code.start()))).append(code.group(2).strip());
            at = code.end();
        }
        return shown.append(shownProse(markdown.substring(at))).toString();
    }

    private static String shownProse(String prose) {
        return prose.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("!?\\[([^\\]]*)\\]\\[[^\\]]*\\]", "$1")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\\\(\\p{Punct})", "$1")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** GitHub's slug of a heading's shown text. */
    static String slug(String shown) {
        StringBuilder slug = new StringBuilder();
        shown.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (c == ' ') {
                slug.append('-');
            } else if (c == '-' || Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.CONNECTOR_PUNCTUATION) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    // ---- the tests a page names -----------------------------------------------------------------

    /** The annotations that make a method a test: JUnit Jupiter's and jqwik's. */
    static final Set<String> TEST_ANNOTATIONS =
            Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory", "TestTemplate", "Property", "Example");

    private static final Pattern SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern JAVA_TEST = Pattern.compile("([A-Z][\\w$]*)[.#]([a-z_$][\\w$]*)(?:\\(\\))?");
    private static final Pattern GO_TEST = Pattern.compile("(?:([a-z][\\w]*)\\.)?(Test(?:[A-Z0-9_][\\w]*)?)");
    private static final Pattern JAVA_CLASS = Pattern.compile("[A-Z](?=[\\w$]*[a-z])[\\w$]*");
    private static final Pattern BARE_METHOD = Pattern.compile("[a-z_$][\\w$]*");
    private static final Pattern REPO_PATH = Pattern.compile("[\\w@+-][\\w.@+-]*(?:/[\\w.@+-]+)+/?");
    private static final Pattern GO_TEST_COMMAND = Pattern.compile("go test(?:\\s+\\S+)+");
    /** Prose that names its source as outside the repository. */
    private static final Pattern OUTSIDE_SOURCE = Pattern.compile(
            "(?<![\\w`])(?:Go|JDK|OpenJDK|HotSpot|JNA|glibc|Linux|the kernel)['\u2019]s(?!\\w)|(?<![\\w/])[\\w.-]+/[\\w.-]+#\\d+\\b");
    /** A parenthesised list of code spans, as a rule bullet names its tests. */
    private static final Pattern RULE_TESTS =
            Pattern.compile("\\((?:Go:\\s*)?`[^`]+`(?:\\s*[,;]\\s*(?:Go:\\s*)?`[^`]+`)*\\)");

    /**
     * The tests a page names exist. They are named in the test column of a '| claim | test |' table
     * under '## Claims and tests' (each cell), and in '## The rule', by a bullet's parenthesised list
     * of code spans, such as '(`A.b`, `C.d`)' or '(Go: `TestE`)' (each list). A cell or list is read
     * in clauses separated by ';'. A clause whose prose (outside code spans) names an outside source
     * by "Go's", "the JDK's", "HotSpot's", "OpenJDK's", "JNA's", "glibc's", "Linux's", "the
     * kernel's", or an issue owner/repo#N, cites code outside the repository and is not checked.
     * In any other clause each code span is read as:
     * <ul>
     * <li>{@code Class.method}, {@code Class#method} (or with "()"): Class is a class of the
     *     repository's Java sources (a Class.java under a src/SET/java directory, or else a file there
     *     declaring a type Class), and it or a class or interface it extends or implements declares a
     *     method of that name annotated as a test (TEST_ANNOTATIONS) and not {@code @Disabled};
     * <li>a bare {@code method} after a {@code Class.method} in the same cell or list: a test of
     *     that class, as above (elsewhere a bare lowercase name is text, say a C function's);
     * <li>{@code TestXxx} or {@code pkg.TestXxx}: a {@code func TestXxx(} in a *_test.go file under
     *     go/: in the directory the clause named before it (a path such as {@code go/internal/guard},
     *     or {@code go test ./04-strings}), else in a directory named pkg, else anywhere;
     * <li>{@code go test ./dir}: the package directory go/dir exists;
     * <li>a path with a '/', such as {@code scripts/ctypes-check}: a file or directory of the
     *     repository, relative to its root;
     * <li>a bare {@code Class} (a capital, then at least one lowercase letter): a class of the
     *     repository's Java sources;
     * <li>anything else: text, not checked.
     * </ul>
     * A test cell must name something: a test, a class, a path, or an outside source.
     */
    static List<String> namedTests(String name, String text, Sources sources) throws IOException {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        String section = "";
        boolean table = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("```")) {
                fenced = !fenced;
                table = false;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
                table = false;
                continue;
            }
            if (section.equals("Claims and tests")) {
                if (cells(line).equals(List.of("claim", "test")) && i + 1 < lines.length
                        && lines[i + 1].strip().matches("\\|\\s*:?-{3,}:?\\s*\\|\\s*:?-{3,}:?\\s*\\|")) {
                    table = true;
                    i++;
                } else if (table && line.strip().startsWith("|")) {
                    List<String> row = cells(line);
                    if (row.size() >= 2) {
                        problems.addAll(references(name, i + 1, row.get(row.size() - 1), true, sources));
                    }
                } else {
                    table = false;
                }
            } else if (section.equals("The rule") && (line.startsWith("- ") || line.startsWith("* "))) {
                StringBuilder bullet = new StringBuilder(line);
                int first = i;
                while (i + 1 < lines.length && !lines[i + 1].isBlank() && !lines[i + 1].startsWith("- ")
                        && !lines[i + 1].startsWith("* ") && !lines[i + 1].startsWith("#") && !lines[i + 1].startsWith("```")) {
                    bullet.append('\n').append(lines[++i]);
                }
                Matcher list = RULE_TESTS.matcher(bullet);
                while (list.find()) {
                    int line0 = first + 1 + (int) bullet.substring(0, list.start()).chars().filter(c -> c == '\n').count();
                    problems.addAll(references(name, line0, list.group(), false, sources));
                }
            }
        }
        return problems;
    }

    /** The problems of one test cell or one rule's list of tests, which starts on line. */
    private static List<String> references(String page, int line, String text, boolean cell, Sources sources)
            throws IOException {
        List<String> problems = new ArrayList<>();
        boolean named = false;
        String testClass = null;
        for (int[] clause : clauses(text)) {
            String part = text.substring(clause[0], clause[1]);
            if (OUTSIDE_SOURCE.matcher(SPAN.matcher(part).replaceAll("``")).find()) {
                named = true;
                continue;
            }
            String goDir = null;
            Matcher span = SPAN.matcher(part);
            while (span.find()) {
                String ref = span.group(1).strip();
                int at = line + (int) text.substring(0, clause[0] + span.start()).chars().filter(c -> c == '\n').count();
                String where = page + ":" + at + ": '" + ref + "'";
                String problem = null;
                Matcher m;
                if ((m = JAVA_TEST.matcher(ref)).matches()) {
                    named = true;
                    testClass = m.group(1);
                    problem = sources.javaTest(m.group(1), m.group(2));
                } else if ((m = GO_TEST.matcher(ref)).matches()) {
                    named = true;
                    problem = sources.goTest(m.group(1), goDir, m.group(2));
                } else if (GO_TEST_COMMAND.matcher(ref).matches()) {
                    named = true;
                    for (String argument : ref.split("\\s+")) {
                        if (argument.startsWith("./")) {
                            String dir = ("go/" + argument.substring(2)).replaceFirst("/?(\\.\\.\\.)?$", "");
                            if (Files.isDirectory(sources.root.resolve(dir))) {
                                goDir = dir;
                            } else {
                                problem = "names no Go package: there is no directory " + dir;
                            }
                        }
                    }
                } else if (REPO_PATH.matcher(ref).matches()) {
                    named = true;
                    Path path = sources.root.resolve(ref).normalize();
                    if (!path.startsWith(sources.root) || !Files.exists(path)) {
                        problem = "is no file or directory of the repository";
                    } else if (Files.isDirectory(path) && ref.startsWith("go/")) {
                        goDir = ref.replaceFirst("/$", "");
                    }
                } else if (JAVA_CLASS.matcher(ref).matches()) {
                    named = true;
                    if (sources.classFiles(ref).isEmpty()) {
                        problem = "names no class: " + Sources.noClass(ref);
                    }
                } else if (testClass != null && BARE_METHOD.matcher(ref).matches()) {
                    problem = sources.javaTest(testClass, ref);
                    if (problem != null) {
                        problem = "(read as " + testClass + "." + ref + ") " + problem;
                    }
                }
                if (problem != null) {
                    problems.add(where + " " + problem);
                }
            }
        }
        if (cell && !named) {
            problems.add(page + ":" + line + ": the test column names no test: no `Class.method`, Go `TestXxx`, class or"
                    + " repository path in backticks, and no outside source (Go's ..., the JDK's ..., owner/repo#N)");
        }
        return problems;
    }

    /** The [start, end) of each ';'-separated clause of text, a ';' inside a code span not counting. */
    private static List<int[]> clauses(String text) {
        List<int[]> clauses = new ArrayList<>();
        boolean code = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (c == ';' && !code) {
                clauses.add(new int[] {start, i});
                start = i + 1;
            }
        }
        clauses.add(new int[] {start, text.length()});
        return clauses;
    }

    /** The repository's Java sources and Go tests, read when first asked about. */
    static final class Sources {
        private static final Pattern JAVA_SOURCE = Pattern.compile("(?:.*/)?src/[^/]+/java/.+\\.java");
        private static final Pattern GO_TEST_FUNC = Pattern.compile("(?m)^func\\s+(Test\\w*)\\s*\\(");
        private static final String ANNOTATION = "@[\\w.]+(?:\\s*\\((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))*\\))?";
        private static final Pattern DECLARATION = Pattern.compile("((?:" + ANNOTATION + "\\s*|(?:public|protected|private"
                + "|static|final|abstract|synchronized|native|strictfp|default)\\s+)*)(?:<[^;{}()=]*>\\s*)?"
                + "([\\w$.]+(?:\\s*<[^;{}()=]*>)?(?:\\s*\\[\\s*\\])*)\\s+([A-Za-z_$][\\w$]*)\\s*\\(");
        private static final Pattern ANNOTATION_NAME = Pattern.compile("@([\\w.]+)");
        private static final Set<String> NOT_A_TYPE = Set.of("return", "new", "throw", "else", "case", "yield", "assert",
                "instanceof", "package", "import");
        private static final Set<String> NOT_A_METHOD = Set.of("if", "for", "while", "switch", "catch", "synchronized",
                "return", "new", "throw", "super", "this");

        final Path root;
        private Map<String, List<Path>> javaFiles;           // by file name, without .java
        private Map<String, Set<String>> goTests;            // by directory, relative to root
        private final Map<Path, String> stripped = new HashMap<>();
        private final Map<Path, Map<String, List<Set<String>>>> declarations = new HashMap<>();

        Sources(Path root) {
            this.root = root.toAbsolutePath().normalize();
        }

        static String noClass(String name) {
            return "no class " + name + " in the repository's Java sources (no " + name + ".java under a src/SET/java directory)";
        }

        /** The Java files of a class: Class.java, or else those that declare a type of that name. */
        List<Path> classFiles(String name) throws IOException {
            if (javaFiles == null) {
                javaFiles = new HashMap<>();
                for (Path file : files(root, f -> JAVA_SOURCE.matcher(name(root, f)).matches())) {
                    String n = file.getFileName().toString();
                    javaFiles.computeIfAbsent(n.substring(0, n.length() - ".java".length()), k -> new ArrayList<>()).add(file);
                }
            }
            List<Path> files = javaFiles.getOrDefault(name, List.of());
            if (!files.isEmpty()) {
                return files;
            }
            Pattern declares = Pattern.compile("\\b(?:class|interface|enum|record)\\s+" + Pattern.quote(name) + "\\b");
            List<Path> declaring = new ArrayList<>();
            for (List<Path> all : javaFiles.values()) {
                for (Path file : all) {
                    if (declares.matcher(stripped(file)).find()) {
                        declaring.add(file);
                    }
                }
            }
            declaring.sort(null);
            return declaring;
        }

        /** Null when Class.method is a test of the repository, else why not. */
        String javaTest(String className, String method) throws IOException {
            List<Path> files = classFiles(className);
            if (files.isEmpty()) {
                return "names no test: " + noClass(className);
            }
            List<String> notTests = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            if (declaresTest(className, method, seen, notTests)) {
                return null;
            }
            if (!notTests.isEmpty()) {
                return "names no test: " + String.join("; ", notTests);
            }
            return "names no test: " + className + " ("
                    + String.join(", ", files.stream().map(f -> name(root, f)).toList())
                    + ") declares no method " + method + (seen.size() > 1 ? ", nor do its supertypes " + String.join(", ",
                    seen.stream().filter(s -> !s.equals(className)).sorted().toList()) : "");
        }

        private boolean declaresTest(String className, String method, Set<String> seen, List<String> notTests)
                throws IOException {
            if (!seen.add(className)) {
                return false;
            }
            List<String> supertypes = new ArrayList<>();
            for (Path file : classFiles(className)) {
                String source = stripped(file);
                for (Set<String> annotations : methods(file).getOrDefault(method, List.of())) {
                    if (annotations.contains("Disabled")) {
                        notTests.add(className + "." + method + " in " + name(root, file) + " is @Disabled, so it cannot fail");
                    } else if (annotations.stream().anyMatch(TEST_ANNOTATIONS::contains)) {
                        return true;
                    } else {
                        notTests.add(className + "." + method + " in " + name(root, file) + " is not a test (none of @"
                                + String.join(", @", new TreeSet<>(TEST_ANNOTATIONS)) + ")");
                    }
                }
                Matcher header = Pattern.compile("\\b(?:class|interface|enum|record)\\s+" + Pattern.quote(className)
                        + "\\b([^{]*)\\{").matcher(source);
                if (header.find()) {
                    String h = header.group(1);
                    while (h.matches("(?s).*<[^<>]*>.*")) {
                        h = h.replaceAll("<[^<>]*>", "");
                    }
                    Matcher list = Pattern.compile("\\b(?:extends|implements)\\s+([\\w$.,\\s]+)").matcher(h);
                    while (list.find()) {
                        for (String t : list.group(1).split("[,\\s]+")) {
                            if (!t.isBlank() && !t.equals("implements") && !t.equals("extends")) {
                                supertypes.add(t.replaceFirst("^.*\\.", ""));
                            }
                        }
                    }
                }
            }
            for (String supertype : supertypes) {
                if (!classFiles(supertype).isEmpty() && declaresTest(supertype, method, seen, notTests)) {
                    return true;
                }
            }
            return false;
        }

        /** The methods a Java file declares: for each name, the annotations of each declaration. */
        private Map<String, List<Set<String>>> methods(Path file) throws IOException {
            Map<String, List<Set<String>>> methods = declarations.get(file);
            if (methods == null) {
                methods = new HashMap<>();
                Matcher d = DECLARATION.matcher(stripped(file));
                while (d.find()) {
                    if (NOT_A_TYPE.contains(d.group(2).strip()) || NOT_A_METHOD.contains(d.group(3))) {
                        continue;
                    }
                    Set<String> annotations = new HashSet<>();
                    Matcher a = ANNOTATION_NAME.matcher(d.group(1));
                    while (a.find()) {
                        annotations.add(a.group(1).replaceFirst("^.*\\.", ""));
                    }
                    methods.computeIfAbsent(d.group(3), k -> new ArrayList<>()).add(annotations);
                }
                declarations.put(file, methods);
            }
            return methods;
        }

        /** Null when the Go test exists where the clause says, else why not. */
        String goTest(String pkg, String dir, String test) throws IOException {
            if (goTests == null) {
                goTests = new HashMap<>();
                for (Path file : files(root.resolve("go"), f -> f.getFileName().toString().endsWith("_test.go"))) {
                    Matcher m = GO_TEST_FUNC.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        goTests.computeIfAbsent(name(root, file.getParent()), k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            }
            Set<String> where = new TreeSet<>();
            goTests.forEach((d, tests) -> {
                if (tests.contains(test)) {
                    where.add(d);
                }
            });
            String place = dir != null ? dir + "/*_test.go" : pkg != null ? "a directory named " + pkg + " under go/" : "go/**/*_test.go";
            boolean found = where.stream().anyMatch(d -> (dir == null || d.equals(dir))
                    && (pkg == null || d.substring(d.lastIndexOf('/') + 1).equals(pkg)));
            if (found) {
                return null;
            }
            return "names no Go test: no 'func " + test + "(' in " + place
                    + (where.isEmpty() ? "" : " (there is one in " + String.join(", ", where) + ")");
        }

        /** A Java file without its comments and the contents of its string and char literals. */
        private String stripped(Path file) throws IOException {
            String s = stripped.get(file);
            if (s == null) {
                s = withoutCommentsAndLiterals(Files.readString(file, StandardCharsets.UTF_8));
                stripped.put(file, s);
            }
            return s;
        }
    }

    /** Java source with comments and the insides of literals blanked (line breaks kept). */
    static String withoutCommentsAndLiterals(String java) {
        StringBuilder out = new StringBuilder(java.length());
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (c == '/' && i + 1 < n && java.charAt(i + 1) == '/') {
                while (i < n && java.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && java.charAt(i + 1) == '*') {
                int end = java.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(java, i, end, out);
                i = end;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !java.startsWith("\"\"\"", end)) {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 3);
                out.append("\"\"\"");
                blank(java, i + 3, Math.max(i + 3, end - 3), out);
                out.append(java, Math.max(i + 3, end - 3), end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && java.charAt(end) != c && java.charAt(end) != '\n') {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                out.append(c);
                blank(java, i + 1, Math.max(i + 1, end - 1), out);
                out.append(java, Math.max(i + 1, end - 1), end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to && k < s.length(); k++) {
            out.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    // ---- files ----------------------------------------------------------------------------------

    /** The .md files under dir, sorted, skipping build output and hidden directories. */
    static List<Path> markdown(Path dir) throws IOException {
        return files(dir, f -> f.getFileName().toString().endsWith(".md"));
    }

    /** The files under dir that are wanted, sorted, skipping build output and hidden directories. */
    static List<Path> files(Path dir, Predicate<Path> wanted) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                String n = d.getFileName() == null ? "" : d.getFileName().toString();
                boolean skip = !d.equals(dir) && (n.startsWith(".") || n.equals("target") || n.equals("node_modules"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && wanted.test(f)) {
                    files.add(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
