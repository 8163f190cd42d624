package dev.gofromjava.tworuntimes;

import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoPanicException;
import java.nio.file.Path;

/**
 * Lesson 16: the Go runtime inside the JVM. The methods drive the Go side of the lesson's
 * scenarios: busy goroutines, upcalls from threads Go created, faults, a goroutine's panic, a
 * signal handler installed from Go, Go's CPU profiler and Go's heap.
 */
public interface TwoRuntimes {
    /** The most goroutines or threads one call may ask for; Go refuses more. */
    int MAX_GOROUTINES = 256;

    /** The longest a busy call may run, in milliseconds; Go refuses longer. */
    long MAX_MILLIS = 60_000;

    /** The most upcalls one goroutine of {@link #upcallRounds} may be asked for; Go refuses more. */
    int MAX_CALLS = 1_000_000;

    /** The largest Go heap {@link #holdHeap} may ask for: 1 GiB. */
    long MAX_HEAP_BYTES = 1L << 30;

    // docs:begin api
    /** The Go runtime's view of the process: GOMAXPROCS, CPUs, goroutines, threads, heap, limit. */
    RuntimeView runtimeView();

    /** Keeps {@code goroutines} goroutines busy for {@code millis} ms; returns their rounds of work (at least one each). */
    long spin(int goroutines, long millis);

    /**
     * Has {@code threads} goroutines, each locked to a thread Go created, call back into Java for
     * {@code millis} ms; returns how many upcalls were made.
     */
    long upcallFor(int threads, long millis);

    /**
     * Rounds of {@code threads} goroutines, each locked to a thread Go created while it calls Java
     * {@code calls} times and unlocked before it ends, for {@code millis} ms (one round at least):
     * Go keeps the threads. Returns how many upcalls were made.
     */
    long upcallRounds(int threads, int calls, long millis);

    /**
     * The hazard lesson 16's page explains, here for its tests only: {@link #upcallRounds} with every
     * goroutine ending still locked, so that Go ends its thread. A signal Go handles that arrives
     * while such a thread ends kills the JVM (SIGSEGV, no report of either runtime), and Go sends
     * one itself: its preemption signal, SIGURG.
     */
    long hazardExitLockedAfterUpcalls(int threads, int calls, long millis);

    /** Reads through a nil pointer in Go: always throws {@link GoPanicException}. */
    long dereferenceNil();

    /**
     * Runs {@code goroutines} goroutines; the one numbered {@code failing} (-1: none) panics, and
     * its panic comes back as a {@link GoErrorException}: every goroutine recovers its own.
     */
    void workInGoroutines(int goroutines, int failing);

    /** Has Go's os/signal count signal {@code signal} (a Linux signal number) from now on. */
    void notifyStart(int signal);

    /** How many signals Go has counted since {@link #notifyStart}. */
    long notifyCount();

    /** Stops Go's counting and gives the signal back to the handler it had before. */
    void notifyStop();

    /**
     * Starts Go's CPU profiler, writing to {@code file}. Inside a JVM it takes SIGPROF from other
     * profilers, and kills the JVM if a Go thread that called Java ends while it runs (lesson 16).
     */
    void cpuProfileStart(Path file);

    /** Stops Go's CPU profiler and closes its file. */
    void cpuProfileStop();

    /** Makes Go hold {@code bytes} bytes on its heap (every page written) in place of what it held; 0 frees it. */
    void holdHeap(long bytes);
    // docs:end api

    // docs:begin crashers
    /** Makes C code called from Go write to address 8. Kills the JVM: here to show how. */
    void faultInC();

    /** Starts a goroutine that panics with no recover. Kills the JVM: here to show how. */
    void panicInGoroutine();
    // docs:end crashers

    /** Throws IllegalArgumentException unless {@code 1 <= goroutines <= MAX_GOROUTINES} and {@code 0 <= millis <= MAX_MILLIS}. */
    /** Throws unless {@code threads}, {@code calls} and {@code millis} are in the ranges Go accepts. */
    static void checkRounds(int threads, int calls, long millis) {
        checkWork("threads", threads, millis);
        if (calls < 0 || calls > MAX_CALLS) {
            throw new IllegalArgumentException("calls must be 0.." + MAX_CALLS + ", got " + calls);
        }
    }

    static void checkWork(String what, int goroutines, long millis) {
        if (goroutines < 1 || goroutines > MAX_GOROUTINES) {
            throw new IllegalArgumentException(what + " must be 1.." + MAX_GOROUTINES + ", got " + goroutines);
        }
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException("millis must be 0.." + MAX_MILLIS + ", got " + millis);
        }
    }
}
