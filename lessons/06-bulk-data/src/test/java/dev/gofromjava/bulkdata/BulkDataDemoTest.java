package dev.gofromjava.bulkdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofromjava.testkit.Demos;
import java.util.List;
import org.apache.arrow.c.ArrowArray;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BulkDataDemoTest {
    static final String ADD_OPENS = "--add-opens=java.base/java.nio=ALL-UNNAMED";
    static final String ALLOW_UNSAFE = "-Dsun.misc.unsafe.memory.access=allow";

    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheExpectedOutput(String binding) throws Exception {
        assertEquals(Demos.expectedOutput(), Demos.run(BulkDataDemo.class, binding));
    }

    /**
     * The tour captures stdout and stderr together: with the pom's flags, and only them, the demo
     * prints its output and not a byte of warnings.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void withTheLessonFlagsStderrStaysEmpty(String binding) throws Exception {
        List<String> flags = Demos.lessonFlags();
        assertEquals(List.of(Demos.NATIVE_ACCESS, ADD_OPENS, ALLOW_UNSAFE), flags);
        Demos.Run r = Demos.start(flags, env -> {}, BulkDataDemo.class, binding);
        assertEquals(0, r.exit(), r.err());
        assertEquals(Demos.expectedOutput(), r.out());
        assertEquals("", r.err());
    }

    /** Without the unsafe-memory property, JDK 24+ warns on stderr about Arrow's use of sun.misc.Unsafe. */
    @Test
    void withoutTheUnsafePropertyJdk24Warns() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "the warning exists from JDK 24 on");
        Demos.Run r = Demos.start(List.of(Demos.NATIVE_ACCESS, ADD_OPENS), env -> {}, BulkDataDemo.class, "ffm");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Demos.expectedOutput(), r.out());
        assertTrue(r.err().contains("sun.misc.Unsafe"), r.err());
    }

    /**
     * Without --add-opens=java.base/java.nio, Arrow can neither view its buffers as NIO buffers nor
     * make the two structs of the C Data Interface.
     */
    @Test
    void arrowNeedsTheAddOpensFlag() throws Exception {
        Demos.Run without = Demos.start(List.of(Demos.NATIVE_ACCESS, ALLOW_UNSAFE), env -> {}, ArrowProbe.class);
        assertEquals("nioBuffer: UnsupportedOperationException\nArrowArray: UnsupportedOperationException\n",
                without.out(), without.err());
        Demos.Run with = Demos.start(Demos.lessonFlags(), env -> {}, ArrowProbe.class);
        assertEquals("nioBuffer: ok\nArrowArray: ok\n", with.out(), with.err());
    }

    static final class ArrowProbe {
        public static void main(String[] args) {
            try (BufferAllocator allocator = new RootAllocator(); BigIntVector v = new BigIntVector("v", allocator)) {
                v.allocateNew(1);
                report("nioBuffer", () -> v.getDataBuffer().nioBuffer(0, 8));
                report("ArrowArray", () -> ArrowArray.allocateNew(allocator).close());
            }
        }

        private static void report(String what, Runnable step) {
            try {
                step.run();
                System.out.println(what + ": ok");
            } catch (RuntimeException e) {
                System.out.println(what + ": " + e.getClass().getSimpleName());
            }
        }
    }
}
