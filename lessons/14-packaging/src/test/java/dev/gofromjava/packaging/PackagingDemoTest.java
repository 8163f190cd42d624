package dev.gofromjava.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.Demos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo from the class path, as tests see it; PackagingJarIT runs it from the runnable jar. */
class PackagingDemoTest {
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheExpectedOutput(String binding) throws Exception {
        assertEquals(Demos.expectedOutput(), Demos.run(PackagingDemo.class, binding));
    }
}
