package dev.gofromjava.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.Demos;
import java.io.PrintWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelloDemoTest {
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheExpectedOutput(String binding) throws Exception {
        assertEquals(Demos.expectedOutput(), Demos.run(HelloDemo.class, binding));
    }

    /** Output Java still buffers when Go prints comes out after Go's: why the demo flushes. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void goOvertakesBufferedJavaOutput(String binding) throws Exception {
        assertEquals("Hello world!\nGo says: ", Demos.run(BufferedHelloDemo.class, binding));
    }

    /** System.out.print itself writes through at once (measured on JDK 25): the page says so. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void systemOutPrintWritesThrough(String binding) throws Exception {
        assertEquals("Go says: Hello world!\n", Demos.run(UnflushedHelloDemo.class, binding));
    }

    static final class BufferedHelloDemo {
        public static void main(String[] args) {
            Hello hello = Demos.choose(args, HelloFfm::new, HelloJna::new);
            PrintWriter out = new PrintWriter(System.out);
            out.print("Go says: ");
            hello.hello();
            out.flush();
        }
    }

    static final class UnflushedHelloDemo {
        public static void main(String[] args) {
            Hello hello = Demos.choose(args, HelloFfm::new, HelloJna::new);
            System.out.print("Go says: ");
            hello.hello();
        }
    }
}
