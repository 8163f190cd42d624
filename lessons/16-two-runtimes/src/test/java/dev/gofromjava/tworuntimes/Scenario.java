package dev.gofromjava.tworuntimes;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.testkit.Demos;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One scenario of lesson 16, run in a JVM of its own by {@link ScenarioRun}: {@code Scenario
 * ffm|jna NAME [ARG]}. Each prints what it saw, one fact a line, ending with {@code survived} when
 * the JVM made it to the end; a scenario that kills the JVM never prints that line.
 */
public final class Scenario {
    private Scenario() {}

    /** How long a scenario may run before it ends its own JVM: a hang fails the test, well before the runner's limit. */
    static final long DEADLINE_SECONDS = 50;

    public static void main(String[] args) throws Throwable {
        startDeadline();
        if (args[1].equals("signal-table")) {
            signalTable(args[0]);
            System.out.println("survived");
            return;
        }
        TwoRuntimes go = args[0].equals("jna-stay-attached") ? new TwoRuntimesJna(true)
                : Demos.choose(new String[] {args[0]}, TwoRuntimesFfm::new, TwoRuntimesJna::new);
        String arg = args.length > 2 ? args[2] : "";
        switch (args[1]) {
            case "npe-storm" -> npeStorm(go, arg.isEmpty() ? 1_000_000 : Long.parseLong(arg));
            case "nil-dereference" -> nilDereference(go);
            case "fault-in-c" -> go.faultInC();
            case "goroutine-panic" -> go.panicInGoroutine();
            case "goroutine-recovered" -> goroutineRecovered(go);
            case "thread-dump" -> threadDump(go, Path.of(arg));
            case "jfr" -> jfr(go, Path.of(arg));
            case "notify" -> notify(go, Integer.parseInt(arg), Path.of(args[3]));
            case "pprof" -> pprof(go, Path.of(arg), true);
            case "pprof-no-upcalls" -> pprof(go, Path.of(arg), false);
            case "pprof-all-loads" -> pprofAllLoads(go, Path.of(arg));
            case "pprof-while-upcalls" -> pprofWhileUpcalls(go, Path.of(arg));
            case "pprof-heavy-callbacks" -> pprofHeavyCallbacks(go, Path.of(arg));
            case "pprof-left-on-exit" -> pprofLeftOn(go, args[0], Path.of(arg), true);
            case "pprof-left-on-return" -> pprofLeftOn(go, args[0], Path.of(arg), false);
            case "busy" -> busy(go, Long.parseLong(arg));
            case "mixed" -> mixed(go, Long.parseLong(arg));
            case "rounds" -> rounds(go, args[2], Integer.parseInt(args[3]), args[4], Long.parseLong(args[5]));
            case "view" -> view(go);
            case "memory" -> memory(go);
            default -> throw new IllegalArgumentException("no scenario " + args[1]);
        }
        System.out.println("survived");
    }

    /** Ends this JVM with exit status 3 and a line on stderr after {@link #DEADLINE_SECONDS}, whatever it is doing. */
    static void startDeadline() {
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(DEADLINE_SECONDS));
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("scenario deadline: still running after " + DEADLINE_SECONDS + " s");
            Runtime.getRuntime().halt(3);
        }, "scenario-deadline");
        deadline.setDaemon(true);
        deadline.start();
    }

    /**
     * Rounds of four Go threads that each call Java {@code calls} times and then end still locked
     * ({@code exit-locked}: the hazard) or unlock ({@code unlock}), for {@code millis} ms, while
     * {@code signals} arrive: {@code quiet} (none sent), {@code go-garbage} (none sent, while
     * another thread has Go allocate, so that Go's garbage collector runs cycle after cycle),
     * {@code pprof} (Go's CPU profiler, whose timer sends SIGPROF), {@code kill-N} (signal N sent
     * to this process by a shell loop, as fast as it can) or {@code notify-N} (the same, after Go's
     * os/signal was asked for N).
     */
    static void rounds(TwoRuntimes go, String how, int calls, String signals, long millis) throws Exception {
        Path profile = null;
        Process sender = null;
        Thread garbage = null;
        if (signals.equals("pprof")) {
            profile = Files.createTempFile("rounds", ".pprof");
            go.cpuProfileStart(profile);
        } else if (signals.startsWith("kill-") || signals.startsWith("notify-")) {
            int signal = Integer.parseInt(signals.substring(signals.indexOf('-') + 1));
            if (signals.startsWith("notify-")) {
                go.notifyStart(signal);
            }
            long pid = ProcessHandle.current().pid();
            // bash's built-in kill: no process started per signal. The loop ends when this JVM does.
            sender = new ProcessBuilder("bash", "-c", "while kill -n " + signal + " " + pid + " 2>/dev/null; do :; done")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } else if (signals.equals("go-garbage")) {
            garbage = goGarbage(go);
        } else if (!signals.equals("quiet")) {
            throw new IllegalArgumentException("signals: quiet, go-garbage, pprof, kill-N or notify-N, got " + signals);
        }
        System.out.println("threads: " + how + ", signals: " + signals);
        System.out.flush(); // what it was doing, in case it dies
        long upcalls = switch (how) {
            case "exit-locked" -> go.hazardExitLockedAfterUpcalls(4, calls, millis);
            case "unlock" -> go.upcallRounds(4, calls, millis);
            default -> throw new IllegalArgumentException("threads: exit-locked or unlock, got " + how);
        };
        if (sender != null) {
            // still sending: every kill so far found this process
            System.out.println("signal sender: " + (sender.isAlive() ? "running" : "stopped"));
            sender.destroy();
            sender.waitFor();
        }
        if (garbage != null) {
            garbage.interrupt();
            garbage.join();
            System.out.println("go garbage: " + (GO_GARBAGE_MIB.get() > 0 ? "some" : "none"));
        }
        if (signals.startsWith("notify-")) {
            System.out.println("go counted: " + (go.notifyCount() > 0 ? "some" : "none"));
            go.notifyStop();
        }
        if (profile != null) {
            go.cpuProfileStop();
            Files.delete(profile);
        }
        System.out.println("upcalls: " + (upcalls >= 4L * calls ? "all of a round at least" : upcalls));
    }

    /** MiB {@link #goGarbage} had Go allocate. */
    static final AtomicLong GO_GARBAGE_MIB = new AtomicLong();

    /**
     * A thread that has Go allocate 1 MiB after 1 MiB (holdHeap) until it is interrupted: Go's heap
     * stays small, so its garbage collector runs cycle after cycle.
     */
    static Thread goGarbage(TwoRuntimes go) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                go.holdHeap(1L << 20);
                GO_GARBAGE_MIB.incrementAndGet();
            }
            go.holdHeap(0);
        }, "go-garbage");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The signal handlers before the Go library is loaded, after, and while Go's CPU profiler runs. */
    static void signalTable(String binding) throws Exception {
        SignalTable.print("before");
        TwoRuntimes go = Demos.choose(new String[] {binding}, TwoRuntimesFfm::new, TwoRuntimesJna::new);
        go.runtimeView(); // the library is loaded, and Go's runtime started
        SignalTable.print("loaded");
        Path file = Files.createTempFile("signal-table", ".pprof");
        try {
            go.cpuProfileStart(file);
            SignalTable.print("profiling");
            go.cpuProfileStop();
            SignalTable.print("stopped");
        } finally {
            Files.delete(file);
        }
    }

    /**
     * Go busy in goroutines on another thread, while this one throws more than {@code target}
     * NullPointerExceptions (or as many as it can in 20 s) by calling a method through null: first
     * from implicit null checks, whose loads fault, then from the tests compiled code makes once it
     * has seen nulls.
     */
    static void npeStorm(TwoRuntimes go, long target) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Long> rounds = pool.submit(() -> go.spin(2, 2_000));
            long thrown = 0;
            String[] words = {"go", null, "java", null};
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (thrown <= target && System.nanoTime() < deadline) {
                for (int i = 0; i < 10_000; i++) {
                    try {
                        thrown += words[i & 3].length() > 100 ? 1 : 0;
                    } catch (NullPointerException expected) {
                        thrown++;
                    }
                }
            }
            System.out.println("null pointer exceptions caught: " + (thrown > 1_000_000 ? "over a million" : thrown));
            System.out.println("null pointer exceptions: " + thrown);
            System.out.println("go rounds: " + (rounds.get() >= 2 ? "at least one per goroutine" : rounds.get()));
        } finally {
            pool.shutdownNow();
        }
    }

    static void nilDereference(TwoRuntimes go) {
        try {
            go.dereferenceNil();
            System.out.println("no exception");
        } catch (GoErrorException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.goMessage());
        }
    }

    static void goroutineRecovered(TwoRuntimes go) {
        try {
            go.workInGoroutines(8, 5);
            System.out.println("no exception");
        } catch (GoErrorException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.goMessage());
        }
    }

    /**
     * Upcalls from Go's threads and busy goroutines while jcmd Thread.print and five SIGQUITs hit
     * this JVM; each SIGQUIT is sent once the JVM has printed the dump for the one before.
     */
    static void threadDump(TwoRuntimes go, Path vmLog) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> upcalls = pool.submit(() -> go.upcallFor(4, 2_500));
            Future<Long> rounds = pool.submit(() -> go.spin(2, 2_500));
            Thread.sleep(500); // let the upcalls start
            String pid = Long.toString(ProcessHandle.current().pid());
            String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            Process dump = new ProcessBuilder(jcmd, pid, "Thread.print").redirectErrorStream(true).start();
            String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println("jcmd exit: " + dump.waitFor());
            for (String line : text.lines().filter(l -> l.startsWith("\"")).toList()) {
                System.out.println("jcmd thread: " + line);
            }
            for (int i = 1; i <= 5; i++) {
                new ProcessBuilder("kill", "-QUIT", pid).start().waitFor();
                awaitHandled(i, () -> threadDumps(vmLog));
            }
            System.out.println("upcalls: " + (upcalls.get() > 0 ? "some" : "none"));
            System.out.println("go rounds: " + (rounds.get() > 0 ? "some" : "none"));
        } finally {
            pool.shutdownNow();
        }
    }

    /** How long a scenario waits for a signal it sent to be handled before it sends the next one anyway. */
    static final long HANDLED_WITHIN_MILLIS = 10_000;

    /**
     * Waits until {@code handled} reaches {@code n}, or {@link #HANDLED_WITHIN_MILLIS} pass: a
     * signal sent before the one before it was handled could merge with it, since a process holds
     * one pending signal of each number.
     */
    static void awaitHandled(long n, java.util.function.LongSupplier handled) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HANDLED_WITHIN_MILLIS);
        while (handled.getAsLong() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** The JVM's thread dumps so far, counted in the copy of its output it keeps in {@code vmLog} (ScenarioRun.vmLog). */
    static long threadDumps(Path vmLog) {
        try {
            return Files.exists(vmLog) ? Files.readString(vmLog).lines().filter(l -> l.contains("Full thread dump")).count() : 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Go busy and calling Java for a few seconds under a JFR recording with method sampling; the recording is then parsed. */
    static void jfr(TwoRuntimes go, Path file) throws Exception {
        try (var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            recording.setDestination(file);
            recording.start();
            busy(go, 1_500);
            recording.stop();
        }
        List<jdk.jfr.consumer.RecordedEvent> events = jdk.jfr.consumer.RecordingFile.readAllEvents(file);
        JfrSummary.of(events).print();
    }

    /**
     * Go's os/signal counts {@code signal}; then this JVM sends itself that signal three times, each
     * once the one before was handled: counted by Go, or a thread dump printed by the JVM.
     */
    static void notify(TwoRuntimes go, int signal, Path vmLog) throws Exception {
        go.notifyStart(signal);
        String pid = Long.toString(ProcessHandle.current().pid());
        for (int i = 1; i <= 3; i++) {
            new ProcessBuilder("kill", "-" + signal, pid).start().waitFor();
            awaitHandled(i, () -> go.notifyCount() + threadDumps(vmLog));
        }
        System.out.println("go counted: " + go.notifyCount());
        go.notifyStop();
    }

    /** Go's own CPU profiler (runtime/pprof) while goroutines spin and, with {@code upcalls}, Go calls Java. */
    static void pprof(TwoRuntimes go, Path file, boolean upcalls) throws Exception {
        go.cpuProfileStart(file);
        System.out.println("go cpu profiler started");
        System.out.flush();
        if (upcalls) {
            busy(go, 1_500);
        } else {
            System.out.println("go rounds: " + (go.spin(2, 1_500) > 0 ? "some" : "none"));
        }
        go.cpuProfileStop();
        System.out.println("profile bytes: " + (Files.size(file) > 0 ? "some" : "none"));
    }

    /**
     * Go's CPU profiler never stopped, and four Go threads calling Java, when the JVM ends: by
     * {@code System.exit} while they run ({@code exit}), or by {@code main} returning. A shutdown
     * hook prints whether the upcalls were still arriving as the JVM ended: running, when Java
     * counted one after the hook started.
     */
    static void pprofLeftOn(TwoRuntimes go, String binding, Path file, boolean exit) throws Exception {
        go.cpuProfileStart(file);
        Thread upcalls = new Thread(() -> countedUpcalls(binding, 4, 5_000));
        upcalls.setDaemon(true); // the JVM does not wait for it
        upcalls.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long seen = COUNTED_UPCALLS.get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (COUNTED_UPCALLS.get() == seen && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
            System.out.println("upcalls as the JVM ended: " + (COUNTED_UPCALLS.get() > seen ? "running" : "stopped"));
            System.out.flush();
        }, "upcalls-at-the-end"));
        Thread.sleep(700);
        if (exit) {
            System.out.println("survived"); // the exit follows: a crash in it shows in the status
            System.out.flush();
            System.exit(0);
        }
    }

    /** Upcalls made into {@link #countedPlusOne}. */
    static final AtomicLong COUNTED_UPCALLS = new AtomicLong();

    /** The callback of {@link #countedUpcalls}: x + 1, counted. */
    static long countedPlusOne(long x) {
        COUNTED_UPCALLS.incrementAndGet();
        return x + 1;
    }

    /** {@link #countedPlusOne} as a JNA callback, held in a static field so its native stub is never freed. */
    static final TwoRuntimesJna.PlusOne COUNTED_PLUS_ONE = Scenario::countedPlusOne;

    /** Go's upcallFor with {@link #countedPlusOne} as the callback, through {@code binding}. */
    static long countedUpcalls(String binding, long threads, long millis) {
        try {
            if (binding.equals("jna")) {
                return TwoRuntimesJna.TwoRuntimesLibrary.upcallFor(COUNTED_PLUS_ONE, threads, millis);
            }
            return ffmUpcallFor(MethodHandles.lookup().findStatic(Scenario.class, "countedPlusOne",
                    MethodType.methodType(long.class, long.class)), threads, millis);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A callback that works in Java for a while, allocating, before it answers x + 1. */
    static long heavyPlusOne(long x) {
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1024 + i];
            sum += garbage.length + Objects.hash(i, x, garbage.length);
        }
        return sum == Long.MIN_VALUE ? 0 : x + 1; // uses sum, so the work is not optimised away
    }

    /** Go's CPU profiler while Go's threads spend most of their time in Java, inside upcalls of {@link #heavyPlusOne}. */
    static void pprofHeavyCallbacks(TwoRuntimes go, Path file) throws Throwable {
        go.cpuProfileStart(file);
        System.out.println("upcalls: " + (heavyUpcalls(4, 3_000) > 0 ? "some" : "none"));
        go.cpuProfileStop();
    }

    /** Go's upcallFor with {@link #heavyPlusOne} as the callback (FFM): Go's threads spend most of their time in Java. */
    static long heavyUpcalls(long threads, long millis) throws Throwable {
        return ffmUpcallFor(MethodHandles.lookup().findStatic(Scenario.class, "heavyPlusOne",
                MethodType.methodType(long.class, long.class)), threads, millis);
    }

    /** Go's upcallFor through FFM, with {@code callback} (long to long) as the upcall. */
    @SuppressWarnings("restricted") // upcallStub: Go calls it only while upcallFor runs
    static long ffmUpcallFor(MethodHandle callback, long threads, long millis) throws Throwable {
        MethodHandle upcallFor = GoLibrary.load("tworuntimes")
                .downcall("upcallFor", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG));
        try (Arena arena = Arena.ofShared()) {
            MemorySegment stub = Linker.nativeLinker().upcallStub(callback, TwoRuntimesFfm.CALLBACK, arena);
            return (long) upcallFor.invokeExact(stub, threads, millis);
        }
    }

    /**
     * Each runtime busy on its own and inside the other, for {@code millis} ms: goroutines spin in
     * Go, Go's threads run Java in {@link #heavyPlusOne}, and a Java thread works in {@link #javaWork}.
     */
    static void mixed(TwoRuntimes go, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> upcalls = pool.submit(() -> {
                try {
                    return heavyUpcalls(1, millis);
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            });
            Future<Long> rounds = pool.submit(() -> go.spin(1, millis));
            System.out.println("java work: " + (javaWork(millis) != 0 ? "some" : "none"));
            System.out.println("upcalls: " + (upcalls.get() > 0 ? "some" : "none"));
            System.out.println("go rounds: " + (rounds.get() > 0 ? "some" : "none"));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Java work for {@code millis} ms, on the calling thread. */
    static long javaWork(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long sum = 1;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 1_000; i++) {
                sum = sum * 31 + Objects.hash(i, sum);
            }
        }
        return sum | 1; // never 0: the caller prints whether it ran
    }

    /** Go's CPU profiler started and stopped while threads Go created are already calling Java. */
    static void pprofWhileUpcalls(TwoRuntimes go, Path file) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<Long> upcalls = pool.submit(() -> go.upcallFor(4, 1_600));
            Thread.sleep(200);
            for (int i = 0; i < 4; i++) {
                go.cpuProfileStart(file);
                Thread.sleep(300);
                go.cpuProfileStop();
            }
            System.out.println("go cpu profiler started and stopped 4 times");
            System.out.println("upcalls: " + (upcalls.get() > 0 ? "some" : "none"));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Go's CPU profiler under four loads at once: upcalls, busy goroutines, NullPointerExceptions and garbage. */
    static void pprofAllLoads(TwoRuntimes go, Path file) throws Exception {
        go.cpuProfileStart(file);
        System.out.println("go cpu profiler started");
        System.out.flush();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Long> upcalls = pool.submit(() -> go.upcallFor(4, 3_000));
            Future<Long> rounds = pool.submit(() -> go.spin(2, 3_000));
            Future<Long> garbage = pool.submit(() -> {
                long n = 0;
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3_000);
                while (System.nanoTime() < deadline) {
                    n += new byte[64 * 1024].length;
                }
                return n;
            });
            npeStorm(go, 1_000_000);
            System.out.println("upcalls: " + (upcalls.get() > 0 ? "some" : "none"));
            System.out.println("go rounds: " + (rounds.get() > 0 ? "some" : "none"));
            System.out.println("garbage: " + (garbage.get() > 0 ? "some" : "none"));
        } finally {
            pool.shutdownNow();
        }
        go.cpuProfileStop();
    }

    /** Busy goroutines and upcalls from Go's threads at once, for {@code millis} ms. */
    static void busy(TwoRuntimes go, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> upcalls = pool.submit(() -> go.upcallFor(2, millis));
            Future<Long> rounds = pool.submit(() -> go.spin(2, millis));
            System.out.println("upcalls: " + (upcalls.get() > 0 ? "some" : "none"));
            System.out.println("go rounds: " + (rounds.get() > 0 ? "some" : "none"));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The Go runtime's view beside the JVM's, with the environment it ran in. */
    static void view(TwoRuntimes go) {
        RuntimeView view = go.runtimeView();
        System.out.println("go gomaxprocs: " + view.gomaxprocs());
        System.out.println("go numcpu: " + view.numCpu());
        System.out.println("go memory limit: " + view.memoryLimit());
        System.out.println("java processors: " + Runtime.getRuntime().availableProcessors());
        System.out.println("java max heap: " + Runtime.getRuntime().maxMemory());
    }

    /** Resident memory with nothing held, with 128 MiB held by Java, then 128 MiB more held by Go. */
    static void memory(TwoRuntimes go) throws IOException {
        long mib = 1L << 20;
        System.out.println("rss before: " + rss());
        byte[] java = new byte[(int) (128 * mib)];
        for (int i = 0; i < java.length; i += 4096) {
            java[i] = 1;
        }
        System.out.println("rss java: " + rss());
        go.holdHeap(128 * mib);
        System.out.println("rss java+go: " + rss());
        System.out.println("go heap objects: " + go.runtimeView().heapObjectBytes());
        System.out.println("java array: " + java.length);
        go.holdHeap(0);
    }

    /** This process's resident set size in bytes, from /proc/self/status. */
    static long rss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
