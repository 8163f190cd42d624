package dev.gofromjava.testkit;

import dev.gofromjava.bridge.NativePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** The system property that sets {@link #limit()}, in seconds. */
    public static final String LIMIT_PROPERTY = "gofromjava.child.timeout.seconds";

    /** Children still running: killed with their descendants when this JVM ends (surefire's fork timeout, a Ctrl-C). */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Demos::killChildren, "kill-children"));
    }

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
     * may change, and waits up to {@link #limit()} for it. The library's directory comes before
     * {@code flags}, so a {@code -D} among them points the JVM at another one: the last {@code -D} wins.
     */
    public static Run start(List<String> flags, Consumer<Map<String, String>> environment, Class<?> main, String... args)
            throws IOException, InterruptedException {
        return start(limit(), flags, environment, main, args);
    }

    /** {@link #start(List, Consumer, Class, String...)} with a time limit of its own. */
    public static Run start(Duration limit, List<String> flags, Consumer<Map<String, String>> environment, Class<?> main,
            String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java,
                "-D" + NativePaths.PROPERTY + "=" + NativePaths.directory(),
                "-Djna.library.path=" + NativePaths.directory()));
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.accept(builder.environment());
        return runProcess(builder, limit, main.getName() + " " + List.of(args));
    }

    /**
     * How long a child may run before {@link #start} ends it: the system property {@value
     * #LIMIT_PROPERTY} in seconds (the parent pom passes its child.timeout.seconds), or 120 s.
     */
    public static Duration limit() {
        return Duration.ofSeconds(Long.getLong(LIMIT_PROPERTY, 120));
    }

    /**
     * Starts {@code builder}'s command with its stdin closed and its stdout and stderr going to
     * files, and waits up to {@code limit} for it to exit. Past the limit it kills the process and
     * every process it started (a JVM that {@code perf} runs, a JVM a demo starts), and fails with
     * what it printed so far; {@code what} names the child there. Files rather than pipes: a
     * child that hangs while it, or a process it started, holds stdout open would keep a reader
     * waiting for the end of the output for ever, and a full pipe nobody reads blocks the child.
     */
    public static Run runProcess(ProcessBuilder builder, Duration limit, String what) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("child", ".out");
        Path stderr = Files.createTempFile("child", ".err");
        try {
            long started = System.nanoTime();
            Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            RUNNING.add(process);
            process.getOutputStream().close();
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    double ran = (System.nanoTime() - started) / 1e9;
                    int killed = killTree(process);
                    throw new AssertionError(String.format(
                            "%s did not finish within %d s: killed after %.1f s, with %d process(es) it started"
                                    + "%n--- its stdout so far%n%s%n--- its stderr so far%n%s",
                            what, limit.toSeconds(), ran, killed, read(stdout), read(stderr)));
                }
            } finally {
                RUNNING.remove(process);
            }
            return new Run(process.exitValue(), read(stdout), read(stderr));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** Kills every child still running, with what it started (TestJvmDeadline, and this JVM's exit). */
    static void killChildren() {
        RUNNING.forEach(Demos::killTree);
    }

    /**
     * Kills {@code process} and its descendants, and waits a little for them to go; returns how
     * many descendants there were. The list is taken first: once the parent is dead its children
     * belong to init, and no longer show as its descendants.
     */
    private static int killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle p : concat(process.toHandle(), descendants)) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                // still there after SIGKILL (a zombie nobody reaps yet): nothing more to do
            }
        }
        return descendants.size();
    }

    private static List<ProcessHandle> concat(ProcessHandle first, List<ProcessHandle> rest) {
        List<ProcessHandle> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** The file as UTF-8, a malformed byte replaced rather than failing the read (a test may print one on purpose). */
    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
