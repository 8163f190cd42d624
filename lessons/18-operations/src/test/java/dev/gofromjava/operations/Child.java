package dev.gofromjava.operations;

import dev.gofromjava.testkit.Demos;
import dev.gofromjava.bridge.NativePaths;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link Scenarios} run in a JVM of its own, so that a JVM that dies (on purpose, or because a
 * check failed to stop it) is a finding and not the end of the suite. Its output goes to files, and
 * a JVM that does not end within {@link #TIMEOUT_SECONDS} is killed and fails the test, so no child
 * can hang the suite.
 */
record Child(List<String> command, int exit, String out, String err) {
    static final long TIMEOUT_SECONDS = 120;

    /** How to start one: a command put before {@code java} (unshare, a shell that enters a cgroup), flags, environment. */
    record Setup(List<String> prefix, List<String> flags, Consumer<Map<String, String>> environment, List<String> classPath) {
        static Setup plain() {
            return new Setup(List.of(), List.of(), env -> {}, List.of());
        }

        Setup prefix(String... words) {
            return new Setup(List.of(words), flags, environment, classPath);
        }

        Setup flags(String... more) {
            List<String> all = new ArrayList<>(flags);
            all.addAll(List.of(more));
            return new Setup(prefix, all, environment, classPath);
        }

        Setup environment(Consumer<Map<String, String>> change) {
            return new Setup(prefix, flags, environment.andThen(change), classPath);
        }

        /** Puts {@code entries} before this JVM's class path. */
        Setup classPath(Path... entries) {
            List<String> all = new ArrayList<>(classPath);
            for (Path p : entries) {
                all.add(p.toString());
            }
            return new Setup(prefix, flags, environment, all);
        }
    }

    static Child run(Setup setup, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(setup.prefix());
        command.add(java);
        command.add("-D" + NativePaths.PROPERTY + "=" + NativePaths.directory());
        command.add("-Djna.library.path=" + NativePaths.directory());
        command.addAll(Demos.lessonFlags());
        command.addAll(setup.flags());
        List<String> classPath = new ArrayList<>(setup.classPath());
        classPath.add(System.getProperty("java.class.path"));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), Scenarios.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        setup.environment().accept(builder.environment());
        Path out = Files.createTempFile("child", ".out");
        Path err = Files.createTempFile("child", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", args) + ": the child JVM did not end within " + TIMEOUT_SECONDS
                        + " s, and was killed; its output:\n" + Files.readString(out) + "\n" + Files.readString(err));
            }
            return new Child(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Child run(String... args) throws IOException, InterruptedException {
        return run(Setup.plain(), args);
    }

    /** The value printed after {@code "name: "}; fails, showing the output, when there is none. */
    String value(String name) {
        return out.lines().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + name + "' in the child's output:\n" + output()));
    }

    long longValue(String name) {
        return Long.parseLong(value(name));
    }

    /** Everything, for an assertion's message. */
    String output() {
        return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
