package dev.gofromjava.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSnippetsTest {
    /** Every code block on every page of docs/ equals the source region it quotes. */
    @Test
    void docsPagesMatchTheirSources() throws Exception {
        Path root = Path.of(System.getProperty("gofromjava.repo.root", ".."));
        assertEquals(List.of(), DocsSnippets.sync(root, false), "run scripts/docs to update the pages");
    }

    @Test
    void aDriftedBlockIsReportedAndRewritten(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("Add.java"), """
                class Add {
                    // docs:begin add
                    long add(long a, long b) {
                        return a + b;
                    }
                    // docs:end add
                }
                """);
        Path page = root.resolve("docs/page.md");
        Files.writeString(page, """
                # Page
                <!-- code: Add.java#add -->
                ```java
                long add(long a, long b) {
                    return a - b;
                }
                ```
                """);
        List<String> problems = DocsSnippets.sync(root, false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("docs/page.md"), problems.get(0));

        assertEquals(List.of(), DocsSnippets.sync(root, true));
        assertTrue(Files.readString(page).contains("return a + b;"));
        assertEquals(List.of(), DocsSnippets.sync(root, false));
    }

    @Test
    void aMissingRegionIsReported(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("A.java"), "class A {}\n");
        Files.writeString(root.resolve("docs/page.md"), "<!-- code: A.java#nope -->\n```java\n```\n");
        List<String> problems = DocsSnippets.sync(root, false);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("no region 'docs:begin nope'"), problems.get(0));
    }
}
