package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import com.sun.jna.Pointer;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** The export called directly, past the Java checks, to test what Go itself refuses. Tests only. */
final class Raw {
    private static final MethodHandle SQUARES = GoLibrary.load("arrays")
            .downcall("squares", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG));
    private static final SquaresJna.ArraysLibrary JNA = JnaLoader.load("arrays", SquaresJna.ArraysLibrary.class);

    private Raw() {}

    static void ffm(MemorySegment in, MemorySegment out, long n) {
        try {
            SQUARES.invokeExact(in, out, n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    static void jna(MemorySegment in, MemorySegment out, long n) {
        JNA.squares(pointer(in), pointer(out), n);
    }

    private static Pointer pointer(MemorySegment s) {
        return s.address() == 0 ? null : new Pointer(s.address());
    }
}
