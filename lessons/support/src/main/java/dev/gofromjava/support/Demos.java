package dev.gofromjava.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a lesson's demo in a JVM of its own, as a reader would, and returns what it printed.
 *
 * <p>A subprocess is the only honest check of a demo's output: Go writes to file descriptor 1
 * directly, past {@code System.out}, so capturing {@code System.out} in-process would miss it.
 */
public final class Demos {
    private Demos() {}

    /** The binding a demo's {@code main} was asked for: {@code ffm} or {@code jna}. */
    public static <T> T choose(String[] args, Supplier<T> ffm, Supplier<T> jna) {
        String which = args.length == 1 ? args[0] : "";
        return switch (which) {
            case "ffm" -> ffm.get();
            case "jna" -> jna.get();
            default -> throw new IllegalArgumentException("usage: <demo> ffm|jna (got " + List.of(args) + ")");
        };
    }

    /** The lesson's expected output, from {@code expected-output.txt} in the lesson folder. */
    public static String expectedOutput() throws IOException {
        return Files.readString(Path.of("expected-output.txt"), StandardCharsets.UTF_8);
    }

    /** Runs {@code main} with {@code args} in a new JVM; fails with its stderr unless it exits 0. */
    public static String run(Class<?> main, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java,
                "--enable-native-access=ALL-UNNAMED",
                "-D" + NativePaths.PROPERTY + "=" + NativePaths.directory(),
                "-Djna.library.path=" + NativePaths.directory(),
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        // The lesson's extra JVM options (add-opens for Arrow, say) apply to its demos too.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports"))
                .forEach(a -> command.add(1, a));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile("demo", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(main.getName() + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(main.getName() + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(stderr));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
