package dev.gofromjava.alloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.testkit.Demos;
import dev.gofromjava.testkit.GuardedBuffer;
import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Why the size must go with the pointer, and why nothing may leave an upcall: the article's
 * {@code sqrts}, whose allocator returns a bare pointer, called through raw upcall stubs.
 *
 * <p>Go writing past a block is a memory error on purpose: memcheck leaves this class out (the
 * tools would rightly report it), as it does the other tests tagged so.
 */
@Tag("memory-error-on-purpose")
class UnsizedAllocatorTest {
    /** An alloc_f that hands out {@code text} for type 'B' and {@code roots} for anything else. */
    @SuppressWarnings("restricted")
    static MemorySegment handOut(MemorySegment text, MemorySegment roots, MemorySegment type, long n) {
        return type.reinterpret(1).get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0) == 'B' ? text : roots;
    }

    @SuppressWarnings("restricted")
    static MemorySegment stub(Arena arena, MemorySegment text, MemorySegment roots) throws ReflectiveOperationException {
        MethodHandle target = MethodHandles.lookup().findStatic(UnsizedAllocatorTest.class, "handOut",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, MemorySegment.class, MemorySegment.class, long.class));
        return Linker.nativeLinker().upcallStub(MethodHandles.insertArguments(target, 0, text, roots), SquareRootsFfm.ALLOC, arena);
    }

    // docs:begin unsized
    /** Room for 2 doubles where Go asks for 3: the article's sqrts cannot know, and writes the third past the end. */
    @Test
    void theArticlesSqrtsWritesPastABlockTooSmall() throws Exception {
        GuardedBuffer small = GuardedBuffer.allocate(2 * Double.BYTES);
        try (Arena arena = Arena.ofConfined(); GuardedBuffer text = GuardedBuffer.allocate(21)) {
            SquareRootsFfm.sqrtsUnsized(stub(arena, text.segment(), small.segment()), 3);
            assertEquals("Square roots up to 3:", new String(text.segment().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)));
        }
        var e = assertThrows(AssertionError.class, small::close); // checks the guards, then frees
        // The third root lands on bytes 16..23; a random guard byte may equal its byte there, so the
        // first change seen is at 16 or, rarely, later in the same 8 bytes.
        assertTrue(e.getMessage().matches("guard byte after the buffer changed at offset (1[6-9]|2[0-3]) \\(capacity 16\\).*"),
                e.getMessage());
    }
    // docs:end unsized

    /** What the bindings prevent: an exception that leaves an FFM upcall ends the JVM. In a JVM of its own. */
    @Test
    void anExceptionLeavingAnUpcallEndsTheJvm() throws Exception {
        Demos.Run run = Demos.start(List.of(Demos.NATIVE_ACCESS), env -> {}, ThrowingUpcall.class);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("Unrecoverable uncaught exception encountered. The VM will now exit"), run.err());
        assertTrue(run.err().contains("UnsupportedOperationException: no memory"), run.err());
        assertEquals("", run.out(), "sqrts returned");
    }

    static final class ThrowingUpcall {
        static MemorySegment refuse(MemorySegment type, long n) {
            throw new UnsupportedOperationException("no memory");
        }

        @SuppressWarnings("restricted")
        public static void main(String[] args) throws Exception {
            MethodHandle refuse = MethodHandles.lookup().findStatic(ThrowingUpcall.class, "refuse",
                    MethodType.methodType(MemorySegment.class, MemorySegment.class, long.class));
            try (Arena arena = Arena.ofConfined()) {
                SquareRootsFfm.sqrtsUnsized(Linker.nativeLinker().upcallStub(refuse, SquareRootsFfm.ALLOC, arena), 3);
                System.out.println("sqrts returned");
            }
        }
    }
}
