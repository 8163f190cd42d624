package dev.gofromjava.tworuntimes;

import dev.gofromjava.testkit.Demos;
import dev.gofromjava.bridge.NativePaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A {@link Scenario} run in a JVM of its own (through {@link Demos#start}), so that a crash is a
 * test's finding and not the end of the suite. The JVM's crash report, if any, goes to {@code dir}.
 */
record ScenarioRun(int exit, String out, String err, Path dir) {
    /** libjsig of the JDK the tests run on: HotSpot's signal-chaining library. */
    static final Path LIBJSIG = Path.of(System.getProperty("java.home"), "lib", "libjsig.so");

    static ScenarioRun run(Path dir, List<String> jvmFlags, Consumer<Map<String, String>> environment, String binding,
            String scenario, String... args) throws IOException, InterruptedException {
        List<String> flags = new ArrayList<>(Demos.lessonFlags());
        flags.add("-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"));
        flags.addAll(jvmFlags);
        List<String> arguments = new ArrayList<>(List.of(binding, scenario));
        arguments.addAll(List.of(args));
        Demos.Run run = Demos.start(flags, environment, Scenario.class, arguments.toArray(String[]::new));
        return new ScenarioRun(run.exit(), run.out(), run.err(), dir);
    }

    static ScenarioRun run(Path dir, String binding, String scenario, String... args) throws IOException, InterruptedException {
        return run(dir, List.of(), env -> {}, binding, scenario, args);
    }

    /**
     * The scenario's JVM started by {@code tool} (a command that runs the rest of its command line
     * and watches it, such as {@code perf stat ... --}), with the lesson's flags and {@code
     * jvmFlags}; the tool and the JVM are ended together past the limit for a child (Demos.limit).
     */
    static ScenarioRun runUnder(List<String> tool, Path dir, List<String> jvmFlags, String binding, String scenario,
            String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(tool);
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-D" + NativePaths.PROPERTY + "=" + NativePaths.directory(), "-Djna.library.path=" + NativePaths.directory()));
        command.addAll(Demos.lessonFlags());
        command.add("-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Scenario.class.getName(), binding, scenario));
        command.addAll(List.of(args));
        Demos.Run run = Demos.runProcess(new ProcessBuilder(command), Demos.limit(),
                String.join(" ", tool) + " java " + Scenario.class.getName() + " " + binding + " " + scenario + " " + List.of(args));
        return new ScenarioRun(run.exit(), run.out(), run.err(), dir);
    }

    /**
     * Flags that make the JVM copy what it prints itself (thread dumps among it) into {@link
     * #vmLog}, where a scenario can watch for it while it runs.
     */
    static List<String> vmLogFlags(Path dir) {
        return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+LogVMOutput", "-XX:LogFile=" + vmLog(dir));
    }

    static Path vmLog(Path dir) {
        return dir.resolve("vm.log");
    }

    /** Both streams, for an assertion's message. */
    String output() {
        return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }

    boolean survived() {
        return exit == 0 && out.lines().anyMatch("survived"::equals);
    }

    /** The value printed after {@code "name: "}, or null. */
    String value(String name) {
        return out.lines().filter(l -> l.startsWith(name + ": ")).map(l -> l.substring(name.length() + 2))
                .findFirst().orElse(null);
    }

    long count(String text) {
        return (out + err).lines().filter(l -> l.contains(text)).count();
    }

    /** Lines of stdout and stderr that start with {@code prefix}. */
    long linesStartingWith(String prefix) {
        return (out + err).lines().filter(l -> l.startsWith(prefix)).count();
    }

    /** The JVM's crash reports (hs_err files) in {@link #dir}. */
    List<Path> crashReports() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList();
        }
    }
}
