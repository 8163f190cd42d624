package dev.gofromjava.testkit;

import com.sun.jna.Pointer;
import java.lang.foreign.MemorySegment;

/**
 * Memory in the first page of the address space, which no process maps: for tests that make a Go
 * export panic with an input a caller can really pass. Every Java check accepts such a segment
 * (it is native, alive, aligned and as big as asked); Go's first read or write there faults, and
 * Go turns a fault that close to NULL into a nil-dereference panic, which the export's guard
 * recovers. (A fault at any other address, or inside C code, kills the process instead.)
 */
public final class FirstPage {
    /** Go's message for the panic. */
    public static final String NIL_DEREFERENCE = "runtime error: invalid memory address or nil pointer dereference";

    /** The address used: 8, aligned for any C type. */
    public static final long ADDRESS = 8;

    private FirstPage() {}

    /** {@code byteSize} bytes at {@link #ADDRESS}; nothing may read or write them but a test of Go's guard. */
    @SuppressWarnings("restricted")
    public static MemorySegment segment(long byteSize) {
        return MemorySegment.ofAddress(ADDRESS).reinterpret(byteSize);
    }

    /** {@link #ADDRESS} as a JNA pointer. */
    public static Pointer pointer() {
        return new Pointer(ADDRESS);
    }
}
