package dev.gofromjava.concurrency;

/**
 * Lesson 13: Go called from many Java threads at once, and Go work that outlives the call. Every
 * method may be called from any number of platform and virtual threads at the same time.
 */
public interface Concurrency {
    /** The longest {@link #sleepMillis} sleeps, in milliseconds (Go's MaxSleep). */
    long MAX_SLEEP = 60_000;

    /** The largest bound {@link #countPrimes} accepts (Go's MaxBelow). */
    long MAX_BELOW = 1L << 40;

    // docs:begin api
    /** Go's splitmix64 finalizer of {@code x}: a pure function, the same as {@link #mixInJava}. */
    long mix(long x);

    /** Adds {@code delta} to a counter Go shares between all callers and returns the new total. */
    long counterAdd(long delta);

    /** Blocks the calling thread inside Go for {@code ms} milliseconds, 0 to {@link #MAX_SLEEP}. */
    void sleepMillis(long ms);

    /**
     * Starts counting the primes below {@code below} (0 to {@link #MAX_BELOW}) in a goroutine and
     * returns at once. Cancelling the task stops Go's work.
     */
    GoTask countPrimes(long below);

    /** Starts a Go task that panics with {@code message} after {@code ms} milliseconds (for the failure path). */
    GoTask panicAfter(String message, long ms);
    // docs:end api

    /** What {@link #mix} computes, in Java: the answer every call is checked against. */
    static long mixInJava(long x) {
        long z = x;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Checks {@link #sleepMillis}'s argument before it reaches Go. */
    static void checkSleep(long ms) {
        if (ms < 0 || ms > MAX_SLEEP) {
            throw new IllegalArgumentException("ms must be 0.." + MAX_SLEEP + ", got " + ms);
        }
    }

    /** Checks {@link #countPrimes}'s argument before it reaches Go. */
    static void checkBelow(long below) {
        if (below < 0 || below > MAX_BELOW) {
            throw new IllegalArgumentException("below must be 0.." + MAX_BELOW + ", got " + below);
        }
    }
}
