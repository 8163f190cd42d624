package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.LoadChecks;
import dev.gofromjava.bridge.NativePaths;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader's checks against real libraries, each in a JVM of its own: one Go runtime, the right library. */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OneLibraryTest {
    @Test
    void theLessonsLibraryLoadsWhereNoOtherGoRuntimeIs() throws Exception {
        Child child = Child.run("load", "ffm");
        assertEquals(0, child.exit(), child.output());
        assertTrue(child.value("loaded").endsWith("goroutines"), child.output());
    }

    // docs:begin behind
    @ParameterizedTest
    @CsvSource({"system-load, ffm", "system-load, jna", "jna, ffm", "jna, jna"})
    void aGoRuntimeLoadedBehindTheLoadersBackIsFoundAndRefused(String how, String binding) throws Exception {
        Child child = Child.run("behind-the-loaders-back", how, binding);
        assertEquals(0, child.exit(), child.output());
        assertEquals("[" + System.mapLibraryName("bystander") + "]", child.value("go runtimes"), child.output());
        String refused = child.value("refused");
        assertTrue(refused.contains("a Go runtime is in this process already, from " + NativePaths.library("bystander")),
                refused);
        assertTrue(refused.contains("golang/go#65050") && refused.contains("separate process"), refused);
    }
    // docs:end behind

    // docs:begin header
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void aLibraryBuiltFromAnotherHeaderIsRefusedNamingBoth(String binding, @TempDir Path dir) throws Exception {
        // Another library dropped in under the lesson's name: the bystander, built from its own header.
        Files.copy(NativePaths.library("bystander"), dir.resolve(System.mapLibraryName("operations")));
        Child child = Child.run(Child.Setup.plain().flags("-Dgofromjava.library.path=" + dir, "-Djna.library.path=" + dir),
                "load", binding);
        assertEquals(0, child.exit(), child.output());
        String refused = child.value("refused");
        String theirs = Files.readString(NativePaths.directory().resolveSibling("bystander.h.sha256")).strip();
        String ours;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                String.format(LoadChecks.HEADER_HASH_RESOURCE, "operations"))) {
            ours = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
        assertTrue(refused.contains("from a cgo header with SHA-256 " + theirs.substring(0, 16)), refused);
        assertTrue(refused.contains("checked against liboperations.h with SHA-256 " + ours.substring(0, 16)), refused);
    }
    // docs:end header
}
