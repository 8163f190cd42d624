package dev.gofromjava.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.Demos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KernelsDemoTest {
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheExpectedOutput(String binding) throws Exception {
        assertEquals(Demos.expectedOutput(), Demos.run(KernelsDemo.class, binding));
    }
}
