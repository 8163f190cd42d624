package dev.gofromjava.arrays;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * The checks both bindings make before calling Go. Go receives only two addresses and a count,
 * so anything wrong must be caught here: past this point, a bad {@code n} is a read or write
 * outside the caller's memory.
 */
final class Checks {
    private Checks() {}

    // docs:begin arrays
    static void arrays(double[] in, int inOffset, double[] out, int outOffset, int n) {
        Objects.requireNonNull(in, "in must not be null: pass the array to square");
        Objects.requireNonNull(out, "out must not be null: pass an array for the results");
        count(n);
        fits("in", in.length, inOffset, n);
        fits("out", out.length, outOffset, n);
    }

    private static void fits(String name, int length, int offset, int n) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException(name + "Offset " + offset + " is outside " + name
                    + " (length " + length + ")");
        }
        if (n > length - offset) {
            throw new IndexOutOfBoundsException("n = " + n + " doubles from " + name + "Offset " + offset
                    + " do not fit in " + name + " (length " + length + "): pass n <= " + (length - offset)
                    + " or a bigger array");
        }
    }
    // docs:end arrays

    // docs:begin segments
    static void segments(MemorySegment in, MemorySegment out, long n) {
        Objects.requireNonNull(in, "in must not be null: pass the segment to square");
        Objects.requireNonNull(out, "out must not be null: pass a segment for the results");
        count(n);
        usable("in", in, n);
        usable("out", out, n);
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("out is read-only: pass a writable segment for the results");
        }
    }

    private static void usable(String name, MemorySegment s, long n) {
        if (!s.scope().isAlive()) {
            throw new IllegalStateException(name + " is already closed: its arena was closed before the call");
        }
        if (!s.isAccessibleBy(Thread.currentThread())) {
            throw new WrongThreadException(name + " belongs to a confined arena of another thread");
        }
        long capacity = s.byteSize() / Double.BYTES; // no overflow: divide, never multiply n
        if (n > capacity) {
            throw new IndexOutOfBoundsException("n = " + n + " doubles do not fit in " + name + " ("
                    + s.byteSize() + " bytes, room for " + capacity + "): pass n <= " + capacity
                    + " or a bigger segment");
        }
        try {
            s.asSlice(0, 0, Double.BYTES); // throws unless the segment starts on an 8-byte boundary
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not 8-byte aligned, as a C double* must be:"
                    + " allocate it with JAVA_DOUBLE or slice it at a multiple of 8", e);
        }
    }
    // docs:end segments

    private static void count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
    }
}
