package dev.gofromjava.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.NativePlatform;
import dev.gofromjava.testkit.Demos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runnable jar, run as a reader runs it: {@code java -jar packaging-demo.jar}, no JVM flags, from a
 * directory with no build output in it. (Failsafe runs it after the jar is built: mvn verify.)
 */
class PackagingJarIT {
    static final Path JAR = Path.of(System.getProperty("gofromjava.demo.jar", "target/packaging-demo.jar")).toAbsolutePath();

    // docs:begin jar-test
    @ParameterizedTest
    @ValueSource(strings = {"", "ffm", "jna"})
    void javaDashJarRunsWithNoFlagsAndNoWarnings(String binding, @TempDir Path elsewhere) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        if (!binding.isEmpty()) {
            command.add(binding);
        }
        Demos.Run jvm = Demos.runProcess(new ProcessBuilder(command).directory(elsewhere.toFile()), Demos.limit(),
                String.join(" ", command));
        assertEquals("", jvm.err(), "stderr: no warning, no error");
        assertEquals(0, jvm.exit());
        assertEquals(Demos.expectedOutput(), jvm.out());
    }
    // docs:end jar-test

    @Test
    void theManifestNamesTheMainClassAndEnablesNativeAccess() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            var main = jar.getManifest().getMainAttributes();
            assertEquals(PackagingDemo.class.getName(), main.getValue("Main-Class"));
            assertEquals("ALL-UNNAMED", main.getValue("Enable-Native-Access"));
            assertTrue(jar.getEntry(NativePlatform.current().resource("packaging")) != null, "the library is inside");
            assertTrue(jar.getEntry("com/sun/jna/Native.class") != null, "JNA is inside");
        }
    }

    /**
     * An application's jar holds what the application runs: the test kit, JUnit and jqwik stay
     * out, and so do their service files, which would make JUnit and jqwik look for classes the
     * jar lacks.
     */
    @Test
    void theJarHoldsNoTestCode() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> testCode = jar.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith("dev/gofromjava/testkit/") || name.startsWith("org/junit/")
                            || name.startsWith("net/jqwik/") || name.startsWith("META-INF/services/org.junit.")
                            || name.startsWith("META-INF/services/net.jqwik."))
                    .toList();
            assertEquals(List.of(), testCode);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }
}
