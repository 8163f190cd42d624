package dev.gofromjava.tworuntimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HotSpot's own SIGSEGV (implicit null checks in compiled code) with Go loaded and busy: Go's
 * handler, installed over the JVM's, hands every fault outside Go code back to it.
 */
class JavaSignalsTest {
    // docs:begin npe
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void javaNullPointerExceptionsStayJavaWhileGoIsBusy(String binding, @TempDir Path dir) throws Exception {
        ScenarioRun run = ScenarioRun.run(dir, binding, "npe-storm");
        assertTrue(run.survived(), run.output());
        assertEquals("over a million", run.value("null pointer exceptions caught"), run.output());
        assertEquals("at least one per goroutine", run.value("go rounds"), run.output());
    }
    // docs:end npe
}
