package dev.gofromjava.operations;

import com.sun.jna.NativeLibrary;
import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoLibraryException;
import dev.gofromjava.bridge.JnaLoader;
import dev.gofromjava.bridge.LoadChecks;
import dev.gofromjava.bridge.NativePaths;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * What lesson 18's tests run in a JVM of their own ({@link Child}): {@code Scenarios SCENARIO ARGS...}.
 * Each prints {@code name: value} lines for the test to read.
 */
public final class Scenarios {
    private Scenarios() {}

    public static void main(String[] args) throws Throwable {
        switch (args[0]) {
            case "view" -> view(binding(args[1]));
            case "memory" -> memory(binding(args[1]), args[2].equals("share"), Long.parseLong(args[3]),
                    Long.parseLong(args[4]), Long.parseLong(args[5]), Long.parseLong(args[6]));
            case "load" -> load(args[1]);
            case "bundled" -> bundled(args[1]);
            case "behind-the-loaders-back" -> behindTheLoadersBack(args[1], args[2]);
            case "raw-load" -> rawLoad();
            case "logs-at-shutdown" -> logsAtShutdown(binding(args[1]), args[2]);
            case "jcmd-jfr" -> jcmdJfr(binding(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("no scenario " + args[0]);
        }
    }

    static Operations binding(String name) {
        return switch (name) {
            case "ffm" -> new OperationsFfm();
            case "jna" -> new OperationsJna();
            default -> throw new IllegalArgumentException("no binding " + name);
        };
    }

    /** What each runtime counts and which limits it has. */
    static void view(Operations go) {
        GoMetrics m = go.readMetrics();
        System.out.println("java processors: " + Runtime.getRuntime().availableProcessors());
        System.out.println("go gomaxprocs: " + m.gomaxprocs());
        System.out.println("process memory: " + GoLimits.processMemory());
        System.out.println("java max heap: " + Runtime.getRuntime().maxMemory());
        System.out.println("go memory limit: " + m.memoryLimit());
        System.out.println("go gc percent: " + m.gcPercent());
        go.setMaxProcs(1);
        System.out.println("go gomaxprocs set: " + go.readMetrics().gomaxprocs());
        go.setMaxProcs(0);
        System.out.println("go gomaxprocs default: " + go.readMetrics().gomaxprocs());
    }

    /**
     * Java holds {@code javaMiB} in an array; Go, with its share of the memory limit or with none,
     * holds {@code goLiveMiB} and makes {@code churnMiB} of garbage beside it.
     */
    static void memory(Operations go, boolean share, long javaMiB, long goLiveMiB, long churnMiB, long reserveMiB) {
        byte[][] java = new byte[(int) javaMiB][];
        for (int i = 0; i < java.length; i++) {
            java[i] = new byte[1 << 20];
            java[i][i % 4096] = 1;
        }
        if (share) {
            System.out.println("go share: " + GoLimits.shareMemory(go, reserveMiB << 20));
        }
        System.out.println("process memory: " + GoLimits.processMemory());
        System.out.println("java max heap: " + Runtime.getRuntime().maxMemory());
        go.holdHeap(goLiveMiB << 20);
        go.churn(churnMiB << 20);
        GoMetrics m = go.readMetrics();
        System.out.println("go memory: " + m.memoryBytes());
        System.out.println("go gc cycles: " + m.gcCycles());
        System.out.println("java arrays: " + java.length);
        System.out.println("survived");
    }

    /** Loads the lesson's library through a binding (its directory is -Dgofromjava.library.path). */
    static void load(String binding) {
        try {
            Operations go = binding(binding);
            System.out.println("loaded: " + go.readMetrics().goroutines() + " goroutines");
        } catch (GoLibraryException e) {
            System.out.println("refused: " + e.getMessage());
        } catch (ExceptionInInitializerError e) {
            System.out.println("refused: " + e.getCause().getMessage());
        }
    }

    /** Extracts the library from the class path, as a jar's would be, into the cache directory, and loads it. */
    static void bundled(String binding) {
        try {
            Path file = BundledLibrary.extract(Scenarios.class, "operations");
            System.out.println("extracted: " + file);
            if (binding.equals("ffm")) {
                GoLibrary lib = GoLibrary.load(file);
                System.out.println("loaded: " + lib.liveAllocations() + " live C blocks");
            } else {
                JnaLoader.register(Abi.class, file);
                System.out.println("loaded: ABI " + Abi.gfj_abi_version());
            }
        } catch (GoLibraryException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }

    /** One export, direct-mapped by JNA, for {@link #bundled}. */
    static final class Abi {
        static native long gfj_abi_version();

        private Abi() {}
    }

    /** Other code loads the bystander library first, as a dependency would, then the lesson's binding loads. */
    static void behindTheLoadersBack(String how, String binding) {
        Path bystander = NativePaths.library("bystander");
        switch (how) {
            case "system-load" -> System.load(bystander.toString());
            case "jna" -> NativeLibrary.getInstance(bystander.toString());
            default -> throw new IllegalArgumentException(how);
        }
        System.out.println("go runtimes: " + LoadChecks.goRuntimes().stream().map(Path::getFileName).toList());
        load(binding);
    }

    /** Loads the library with System.load, past every check, and calls it: whether Go lets the JVM live. */
    @SuppressWarnings("restricted")
    static void rawLoad() throws Throwable {
        System.load(NativePaths.library("operations").toString());
        MethodHandle version = Linker.nativeLinker().downcallHandle(
                SymbolLookup.loaderLookup().find("gfj_abi_version").orElseThrow(), FunctionDescriptor.of(JAVA_LONG));
        System.out.println("alive: ABI " + (long) version.invokeExact());
    }

    /**
     * Go logs from goroutines of its own while the JVM ends: {@code return} from main, {@code exit},
     * or {@code exit-blocked}, with a logger that blocks for good once the JVM ends.
     */
    static void logsAtShutdown(Operations go, String how) {
        AtomicLong printed = new AtomicLong();
        CountDownLatch never = new CountDownLatch(1);
        boolean block = how.equals("exit-blocked");
        System.Logger logger = new System.Logger() {
            @Override
            public String getName() {
                return "go";
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
                System.out.println("record: " + msg);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                if (block && printed.get() >= 1000) {
                    try {
                        never.await(); // blocked for good: the JVM's shutdown must not wait for it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                System.out.println("record: " + params[0]);
                printed.incrementAndGet();
            }
        };
        GoLogs.start(go, logger); // closed by its shutdown hook
        go.logInBackground(4);
        while (printed.get() < 1000) {
            Thread.onSpinWait();
        }
        System.out.println("main: ending by " + how);
        if (how.startsWith("exit")) {
            System.exit(0);
        }
    }

    /** Runs {@code jcmd} on this very JVM, as an operator would: a JFR recording while Go's heap grows. */
    static void jcmdJfr(Operations go, Path file) throws Exception {
        GoRuntimeEvent.register(go);
        String pid = Long.toString(ProcessHandle.current().pid());
        jcmd(pid, "JFR.start", "name=go", "settings=default");
        Recording recording = FlightRecorder.getFlightRecorder().getRecordings().stream()
                .filter(r -> r.getName().equals("go")).findFirst().orElseThrow();
        for (int step = 0; step <= 4; step++) {
            go.holdHeap(step * (32L << 20));
            awaitEvent(recording, step * (32L << 20), file);
        }
        jcmd(pid, "JFR.stop", "name=go", "filename=" + file);
        System.out.println("recorded: " + Files.size(file) + " bytes");
    }

    /** Polls the recording (a dump of it so far) until it holds a Go event with at least {@code heap} bytes of heap. */
    private static void awaitEvent(Recording recording, long heap, Path scratch) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            recording.dump(scratch);
            for (RecordedEvent e : RecordingFile.readAllEvents(scratch)) {
                if (e.getEventType().getName().equals(GoRuntimeEvent.NAME) && e.getLong("heapObjectBytes") >= heap) {
                    return;
                }
            }
            Thread.sleep(100); // the next period, not a condition to poll for
        }
        throw new IllegalStateException("no Go event with a heap of " + heap + " bytes within 60 s");
    }

    private static void jcmd(String pid, String... command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), pid));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + out);
        }
    }
}
