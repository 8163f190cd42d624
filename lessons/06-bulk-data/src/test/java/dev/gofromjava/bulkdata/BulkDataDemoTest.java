package dev.gofromjava.bulkdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofromjava.support.Demos;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BulkDataDemoTest {
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
        List<String> flags = Jvm.lessonFlags();
        assertTrue(flags.contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), flags.toString());
        Jvm.Result r = Jvm.run(flags, BulkDataDemo.class, binding);
        assertEquals(0, r.exit(), r.err());
        assertEquals(Demos.expectedOutput(), r.out());
        assertEquals("", r.err());
    }

    /** Without --sun-misc-unsafe-memory-access=allow, JDK 24+ warns about Arrow's use of sun.misc.Unsafe. */
    @Test
    void withoutTheFlagsJdk24WarnsAboutUnsafe() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "the warning exists from JDK 24 on");
        Jvm.Result r = Jvm.run(List.of(), BulkDataDemo.class, "ffm");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Demos.expectedOutput(), r.out());
        assertTrue(r.err().contains("sun.misc.Unsafe"), r.err());
    }

    /** Without --add-opens=java.base/java.nio, Arrow cannot view its buffers as NIO buffers. */
    @Test
    void nioViewsOfArrowBuffersNeedTheAddOpensFlag() throws Exception {
        Jvm.Result without = Jvm.run(List.of(), NioView.class);
        assertEquals("UnsupportedOperationException\n", without.out(), without.err());
        Jvm.Result with = Jvm.run(Jvm.lessonFlags(), NioView.class);
        assertEquals("ok\n", with.out(), with.err());
    }

    static final class NioView {
        public static void main(String[] args) {
            try (BufferAllocator allocator = new RootAllocator(); BigIntVector v = new BigIntVector("v", allocator)) {
                v.allocateNew(1);
                v.getDataBuffer().nioBuffer(0, 8);
                System.out.println("ok");
            } catch (RuntimeException e) {
                System.out.println(e.getClass().getSimpleName());
            }
        }
    }
}
