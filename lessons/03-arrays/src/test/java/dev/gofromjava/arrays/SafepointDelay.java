package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * How long the JVM's safepoints (each GC among them) wait for one thread that keeps squaring an
 * array in Go: the time to safepoint (TTSP), read from JFR's {@code jdk.SafepointStateSynchronization}
 * events while the main thread forces GCs. A thread inside a {@code critical(true)} call stays in
 * Java state, so a safepoint waits for the call to return; an ordinary downcall does not hold it.
 *
 * <p>A measurement, not a test: its figures depend on the machine and its load, so nothing here
 * passes or fails. {@code main} prints a table per mode and size, then the median waits for 16 Mi
 * doubles through one critical call and through the binding, side by side. It runs only when
 * asked: {@code mvn -pl lessons/03-arrays -am test -DskipTests -Dsafepoint.delay.skip=false} (the
 * safepoint-delay execution in lessons/03-arrays/pom.xml). The size policy in CriticalChunks and
 * docs/03-arrays.md come from it.
 */
final class SafepointDelay {
    /** How the worker thread calls Go. */
    enum Mode {
        /** An ordinary downcall over off-heap memory: the thread is in native state, safepoints go on. */
        OFF_HEAP,
        /** One critical call over the whole heap array: what SquaresFfm did before the size policy. */
        CRITICAL_WHOLE,
        /** SquaresFfm.squares(double[], double[], n): critical calls of at most the policy's size. */
        BINDING
    }

    private static final GoLibrary LIB = GoLibrary.load("arrays");
    private static final FunctionDescriptor SQUARES = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG);
    private static final MethodHandle OFF_HEAP = LIB.downcall("squares", SQUARES);
    private static final MethodHandle CRITICAL = LIB.downcall("squares", SQUARES, Linker.Option.critical(true));

    /** What one run measured. */
    record Result(Mode mode, int n, long calls, double nanosPerCall, long[] ttspNanos) {
        long percentile(double p) {
            long[] sorted = ttspNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }
    }

    private SafepointDelay() {}

    /** Squares n doubles over and over on a worker thread while this thread forces {@code gcs} GCs. */
    static Result measure(Mode mode, int n, int gcs) throws Exception {
        double[] heap = new double[n];
        Arrays.fill(heap, 1.5);
        SquaresFfm binding = new SquaresFfm();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong calls = new AtomicLong();
        try (Arena arena = Arena.ofShared(); Recording recording = new Recording()) {
            MemorySegment off = arena.allocate(JAVA_DOUBLE, n);
            MemorySegment onHeap = MemorySegment.ofArray(heap);
            Thread worker = Thread.ofPlatform().start(() -> {
                try {
                    while (!stop.get()) {
                        switch (mode) {
                            case OFF_HEAP -> OFF_HEAP.invokeExact(off, off, (long) n);
                            case CRITICAL_WHOLE -> CRITICAL.invokeExact(onHeap, onHeap, (long) n);
                            case BINDING -> binding.squares(heap, heap, n);
                        }
                        calls.incrementAndGet();
                    }
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            });
            while (calls.get() < 3) {
                Thread.onSpinWait(); // warmed up: the worker is in its loop
            }
            recording.enable("jdk.SafepointStateSynchronization").withThreshold(Duration.ZERO);
            recording.start();
            long started = System.nanoTime();
            long callsBefore = calls.get();
            for (int i = 0; i < gcs; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 25)); // land anywhere in a call
                System.gc();
            }
            long elapsed = System.nanoTime() - started;
            long made = calls.get() - callsBefore;
            recording.stop();
            stop.set(true);
            worker.join();
            Path file = Files.createTempFile("ttsp", ".jfr");
            try {
                recording.dump(file);
                long[] ttsp = RecordingFile.readAllEvents(file).stream()
                        .filter(e -> e.getEventType().getName().equals("jdk.SafepointStateSynchronization"))
                        .mapToLong((RecordedEvent e) -> e.getDuration().toNanos()).toArray();
                return new Result(mode, n, made, made == 0 ? Double.NaN : (double) elapsed / made, ttsp);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * {@code SafepointDelay [gcs]}: a table over the three modes and sizes from 1 Ki to 16 Mi
     * doubles, then the policy's effect at 16 Mi: the median wait with one critical call over the
     * whole array against the median through the binding, measured in the same run.
     */
    public static void main(String[] args) throws Exception {
        int gcs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int largest = 1 << 24;
        Map<Mode, Result> atLargest = new EnumMap<>(Mode.class);
        System.out.printf("%-15s %10s %10s %12s %11s %11s %11s %11s%n",
                "mode", "doubles", "calls", "us/call", "safepoints", "TTSP p50us", "p99us", "max us");
        for (Mode mode : Mode.values()) {
            for (int n = 1 << 10; n <= largest; n <<= 2) {
                Result r = measure(mode, n, gcs);
                System.out.printf("%-15s %10d %10d %12.1f %11d %11.1f %11.1f %11.1f%n", mode, n, r.calls(),
                        r.nanosPerCall() / 1e3, r.ttspNanos().length, r.percentile(0.5) / 1e3,
                        r.percentile(0.99) / 1e3, r.percentile(1.0) / 1e3);
                if (n == largest) {
                    atLargest.put(mode, r);
                }
            }
        }
        Result whole = atLargest.get(Mode.CRITICAL_WHOLE);
        Result binding = atLargest.get(Mode.BINDING);
        System.out.printf("%n%d doubles, median time to safepoint: one critical call over the array %.2f ms"
                        + " (%.1f ms a call), the binding's pieces %.3f ms: %.0f times less%n",
                largest, whole.percentile(0.5) / 1e6, whole.nanosPerCall() / 1e6, binding.percentile(0.5) / 1e6,
                (double) whole.percentile(0.5) / binding.percentile(0.5));
    }
}
