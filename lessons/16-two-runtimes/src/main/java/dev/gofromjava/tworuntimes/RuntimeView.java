package dev.gofromjava.tworuntimes;

/**
 * What the Go runtime inside this JVM says about itself, as its {@code runtimeView} export
 * writes it: worth logging at start-up, beside the JVM's own numbers.
 *
 * @param gomaxprocs Go's GOMAXPROCS: how many threads may run Go code at once
 * @param numCpu the CPUs Go may run on (its CPU affinity mask)
 * @param goroutines live goroutines
 * @param threads OS threads the Go runtime owns
 * @param heapObjectBytes bytes of Go heap objects, live or not yet swept
 * @param memoryLimit Go's soft memory limit (GOMEMLIMIT), {@link Long#MAX_VALUE} when none is set
 */
public record RuntimeView(long gomaxprocs, long numCpu, long goroutines, long threads, long heapObjectBytes,
        long memoryLimit) {}
