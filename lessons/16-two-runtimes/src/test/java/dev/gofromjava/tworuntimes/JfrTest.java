package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A JFR recording with method sampling ("profile") while Go spins and calls Java; parsed with jdk.jfr.consumer. */
@Tag("heavy")
class JfrTest {
    // docs:begin jfr
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void jfrSeesTimeInGoAsNativeSamplesOfTheDowncall(String binding, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "jfr", dir.resolve("go.jfr").toString());
        assertTrue(run.survived(), run.output());
        assertEquals("some", run.value("upcalls"), run.output());
        // The Java thread that waits in spin is sampled as "in native", its stack ending in the downcall.
        assertTrue(Long.parseLong(run.value("jfr native samples in spin")) > 0, run.output());
        assertTrue(Long.parseLong(run.value("jfr native samples in upcallFor")) > 0, run.output());
    }
    // docs:end jfr
}
