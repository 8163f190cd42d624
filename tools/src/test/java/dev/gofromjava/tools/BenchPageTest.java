package dev.gofromjava.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPageTest {
    @Test
    void replacesOnlyWhatStandsBetweenTheMarkers(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.md");
        Files.writeString(page, "intro\n" + BenchPage.BEGIN + "\nold table\n" + BenchPage.END + "\nafter\n");
        BenchPage.fill(page, "| new |\n");
        assertEquals("intro\n" + BenchPage.BEGIN + "\n| new |\n" + BenchPage.END + "\nafter\n", Files.readString(page));
    }

    @Test
    void aPageWithoutTheMarkersIsLeftAloneAndNamed(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.md");
        Files.writeString(page, BenchPage.END + "\n" + BenchPage.BEGIN + "\n");
        var e = assertThrows(IllegalStateException.class, () -> BenchPage.fill(page, "x"));
        assertEquals(page + " has no " + BenchPage.BEGIN + " ... " + BenchPage.END + " section for the tables", e.getMessage());
        assertEquals(BenchPage.END + "\n" + BenchPage.BEGIN + "\n", Files.readString(page));
    }
}
