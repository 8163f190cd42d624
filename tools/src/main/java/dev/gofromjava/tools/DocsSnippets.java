package dev.gofromjava.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the code blocks of docs/*.md equal to the sources they quote.
 *
 * <p>A source marks a region with {@code docs:begin NAME} and {@code docs:end NAME} inside any
 * comment; a page quotes it with {@code <!-- code: PATH#NAME -->} on the line before a fenced
 * block. {@code scripts/docs} rewrites the blocks; {@code scripts/docs --check} (and a test)
 * fails when one differs. Deliberately plain Java 17 with no dependencies, so the script can run
 * this file directly with any {@code java} on the PATH.
 */
public final class DocsSnippets {
    private static final Pattern QUOTE = Pattern.compile("^<!-- code: (\\S+)#(\\S+) -->$");
    private static final Pattern MARKER = Pattern.compile("docs:(begin|end) (\\S+)");

    private DocsSnippets() {}

    public static void main(String[] args) throws IOException {
        boolean check = args.length > 0 && args[0].equals("--check");
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        List<String> problems = sync(root, !check);
        problems.forEach(p -> System.err.println("docs: " + p));
        if (!problems.isEmpty()) {
            System.err.println(check ? "docs: run scripts/docs to update the pages." : "");
            System.exit(1);
        }
    }

    /** Checks (write=false) or rewrites (write=true) every page under root/docs; returns the problems found. */
    public static List<String> sync(Path root, boolean write) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            String updated = rewrite(root, root.relativize(page).toString(), text, problems);
            if (!updated.equals(text)) {
                if (write) {
                    Files.writeString(page, updated, StandardCharsets.UTF_8);
                    System.out.println("docs: updated " + root.relativize(page));
                } else {
                    problems.add(root.relativize(page) + ": a code block differs from its source");
                }
            }
        }
        return problems;
    }

    static String rewrite(Path root, String pageName, String text, List<String> problems) throws IOException {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.add(line);
            Matcher q = QUOTE.matcher(line.strip());
            if (!q.matches()) {
                continue;
            }
            String where = pageName + ":" + (i + 1);
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                problems.add(where + ": a code quote must be followed by a ``` block");
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
            List<String> region = region(root.resolve(q.group(1)), q.group(2), where, problems);
            out.add(lines.get(i + 1));
            out.addAll(region == null ? lines.subList(i + 2, close) : region);
            out.add(lines.get(close));
            i = close;
        }
        return String.join("\n", out);
    }

    private static List<String> region(Path source, String name, String where, List<String> problems) throws IOException {
        if (!Files.isRegularFile(source)) {
            problems.add(where + ": no such file " + source);
            return null;
        }
        List<String> body = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            Matcher m = MARKER.matcher(line);
            if (m.find()) {
                if (m.group(2).equals(name)) {
                    inside = m.group(1).equals("begin");
                    found = true;
                }
                continue;
            }
            if (inside) {
                body.add(line);
            }
        }
        if (!found) {
            problems.add(where + ": no region 'docs:begin " + name + "' in " + source);
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
}
