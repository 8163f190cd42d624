package dev.gofromjava.stringarrays;

import java.lang.foreign.MemorySegment;

/** What Go's answers mean, read the same way by both bindings (the arguments are checked by bridge: Checks). */
final class Results {
    private Results() {}

    /** What Go's {@code char*} result means: {@code out} when the string was written, NULL when not. */
    static boolean delivered(long result, MemorySegment out) {
        if (result == out.address()) {
            return true;
        }
        if (result == 0) {
            return false;
        }
        throw new IllegalStateException("Go returned 0x" + Long.toHexString(result) + ", neither out (0x"
                + Long.toHexString(out.address()) + ") nor NULL");
    }

    /** The size Go asked for, checked before it becomes a buffer. */
    static long size(long need) {
        if (need < 1) {
            throw new IllegalStateException("Go refused input that Java had checked (size " + need + ")");
        }
        return need;
    }
}
