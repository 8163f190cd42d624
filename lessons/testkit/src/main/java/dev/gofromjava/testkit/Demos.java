package dev.gofromjava.testkit;

import dev.gofromjava.bridge.NativePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a lesson's demo, or any class with a {@code main}, in a JVM of its own, as a reader would,
 * and returns what it printed.
 *
 * <p>A subprocess is the only honest check of a demo's output: Go writes to file descriptor 1
 * directly, past {@code System.out}, so capturing {@code System.out} in-process would miss it. It
 * is also how tests watch a JVM crash, or run under another locale, without taking the test JVM
 * with them.
 */
public final class Demos {
    /** The system property through which Maven passes a lesson's extra JVM flags (its pom's jvm.extraArgs). */
    public static final String FLAGS_PROPERTY = "gofromjava.jvm.extraArgs";

    /** The flag every JVM that calls a native library needs (lesson 01 explains it). */
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    /** How a JVM ended: its exit status, and what it wrote to stdout and stderr. */
    public record Run(int exit, String out, String err) {}

    private Demos() {}

    /** The binding a test's child {@code main} was asked for: {@code ffm} or {@code jna}. */
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

    /** The JVM flags a lesson's tests, demos and the tour run with: native access, and its pom's jvm.extraArgs. */
    public static List<String> lessonFlags() {
        List<String> flags = new ArrayList<>(List.of(NATIVE_ACCESS));
        String extra = System.getProperty(FLAGS_PROPERTY, "").strip();
        if (!extra.isEmpty()) {
            flags.addAll(List.of(extra.split("\\s+")));
        }
        return flags;
    }

    /**
     * Runs {@code main} with {@code args} in a new JVM with the lesson's flags, as the tour does;
     * fails with its stderr unless it exits 0, and returns its stdout.
     */
    public static String run(Class<?> main, String... args) throws IOException, InterruptedException {
        Run run = start(lessonFlags(), env -> {}, main, args);
        if (run.exit() != 0) {
            throw new AssertionError(main.getName() + " exited with " + run.exit() + ":\n" + run.err());
        }
        return run.out();
    }

    /**
     * Runs {@code main} with {@code args} in a new JVM with exactly {@code flags} (plus where the
     * lesson's Go library is, and this JVM's class path), in an environment {@code environment}
     * may change, and waits up to 60 s for it. The library's directory comes before {@code flags},
     * so a {@code -D} among them points the JVM at another one: the last {@code -D} wins.
     */
    public static Run start(List<String> flags, Consumer<Map<String, String>> environment, Class<?> main, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java,
                "-D" + NativePaths.PROPERTY + "=" + NativePaths.directory(),
                "-Djna.library.path=" + NativePaths.directory()));
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.accept(builder.environment());
        Path stderr = Files.createTempFile("demo", ".err");
        try {
            Process process = builder.redirectError(stderr.toFile()).start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(main.getName() + " did not finish within 60 s");
            }
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
