package dev.gofromjava.alloc;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@link SquareRoots} with FFM: the allocator is an upcall stub, a C function pointer whose calls
 * run a Java method handle.
 */
public final class SquareRootsFfm implements SquareRoots {
    private static final GoLibrary LIB = GoLibrary.load("alloc");

    // docs:begin handles
    // typedef void* (*alloc_sized_f)(char* t, int64_t n, int64_t* size);
    static final FunctionDescriptor ALLOC_SIZED = FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);

    // GoInt64 sqrtsSized(alloc_sized_f alloc, GoInt64 n);
    private static final MethodHandle SQRTS_SIZED =
            LIB.downcall("sqrtsSized", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));

    /** The Java method each upcall runs: {@link #allocate}, bound to one call's Allocation. */
    private static final MethodHandle ALLOCATE;
    // docs:end handles

    // The article's form, for tests that show why the size must go with the pointer:
    // typedef void* (*alloc_f)(char* t, int64_t n); void sqrts(alloc_f alloc, GoInt64 n);
    static final FunctionDescriptor ALLOC = FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG);
    private static final MethodHandle SQRTS = LIB.downcall("sqrts", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));

    static {
        try {
            ALLOCATE = MethodHandles.lookup().findStatic(SquareRootsFfm.class, "allocate",
                    MethodType.methodType(MemorySegment.class, Allocation.class, MemorySegment.class, long.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // docs:begin call
    @Override
    @SuppressWarnings("restricted") // upcallStub: Go calls the stub only during this call
    public Roots sqrts(int n, Allocator allocator) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        Allocation allocation = new Allocation(allocator);
        // The stub lives in an arena of this call: Go may call it only while sqrtsSized runs,
        // and keeps no copy of the pointer, so the stub can be freed the moment Go returns.
        try (Arena call = Arena.ofConfined()) {
            MemorySegment stub = Linker.nativeLinker().upcallStub(ALLOCATE.bindTo(allocation), ALLOC_SIZED, call);
            long status = (long) SQRTS_SIZED.invokeExact(stub, (long) n);
            return allocation.result(status);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    /** The upcall: one block for Go, and its true size in bytes through {@code size}. Never throws. */
    @SuppressWarnings("restricted") // reinterpret: t is a one-letter C string, size an int64_t*
    private static MemorySegment allocate(Allocation allocation, MemorySegment t, long n, MemorySegment size) {
        char type = (char) t.reinterpret(1).get(JAVA_BYTE, 0);
        MemorySegment block = allocation.block(type, n);
        size.reinterpret(JAVA_LONG.byteSize()).set(JAVA_LONG, 0, block.byteSize());
        return block;
    }
    // docs:end call

    /** The article's sqrts itself, no checks: {@code alloc} is an upcall stub for alloc_f. */
    static void sqrtsUnsized(MemorySegment alloc, long n) {
        try {
            SQRTS.invokeExact(alloc, n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
