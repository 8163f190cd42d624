package dev.gofromjava.alloc;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;

/**
 * {@link SquareRoots} with JNA: the allocator is a {@link Callback}, which JNA turns into a C
 * function pointer for as long as the Java object is reachable.
 */
public final class SquareRootsJna implements SquareRoots {
    // docs:begin jna
    /** void* (*alloc_sized_f)(char* t, int64_t n, int64_t* size), as JNA sees it. */
    interface AllocSized extends Callback {
        Pointer invoke(Pointer t, long n, Pointer size);
    }

    /** The exports of liballoc.so, bound once when this class initialises. */
    static final class AllocLibrary {
        static {
            JnaLoader.register(AllocLibrary.class, "alloc");
        }

        // GoInt64 sqrtsSized(alloc_sized_f alloc, GoInt64 n);
        static native long sqrtsSized(AllocSized alloc, long n);

        private AllocLibrary() {}
    }
    // docs:end jna

    // docs:begin call
    @Override
    public Roots sqrts(int n, Allocator allocator) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        Allocation allocation = new Allocation(allocator);
        AllocSized callback = (t, count, size) -> {
            MemorySegment block = allocation.block((char) t.getByte(0), count); // never throws
            size.setLong(0, block.byteSize());
            return block.equals(MemorySegment.NULL) ? null : new Pointer(block.address());
        };
        try {
            long status = checked("sqrtsSized", AllocLibrary.sqrtsSized(callback, n));
            return allocation.result(status);
        } finally {
            // JNA frees a callback's C function pointer once the Java object is collected:
            // keep it reachable until Go can no longer call it.
            Reference.reachabilityFence(callback);
        }
    }
    // docs:end call

    @Override
    public String toString() {
        return "JNA";
    }
}
