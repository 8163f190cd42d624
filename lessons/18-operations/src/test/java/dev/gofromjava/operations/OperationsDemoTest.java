package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.Demos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationsDemoTest {
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheExpectedOutput(String binding) throws Exception {
        assertEquals(Demos.expectedOutput(), Demos.run(OperationsDemo.class, binding));
    }
}
