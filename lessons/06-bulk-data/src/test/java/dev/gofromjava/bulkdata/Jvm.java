package dev.gofromjava.bulkdata;

import dev.gofromjava.support.NativePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a class in a JVM of its own with exactly the flags given, and keeps stdout and stderr
 * apart. (Demos.run forwards this JVM's --add-opens; these tests need to choose the flags.)
 */
final class Jvm {
    record Result(int exit, String out, String err) {}

    private Jvm() {}

    /** The flags the lesson's pom gives tests, the tour and the demos (jvm.extraArgs). */
    static List<String> lessonFlags() {
        String flags = System.getProperty("gofromjava.jvm.extraArgs", "").strip();
        return flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    static Result run(List<String> flags, Class<?> main, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(flags);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED",
                "-D" + NativePaths.PROPERTY + "=" + NativePaths.directory(),
                "-Djna.library.path=" + NativePaths.directory(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("jvm", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(main.getName() + " did not finish within 60 s");
            }
            return new Result(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
