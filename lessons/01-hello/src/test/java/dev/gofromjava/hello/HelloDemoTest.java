package dev.gofromjava.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.Demos;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HelloDemoTest {
    /**
     * The demo prints through System.out and calls Go with no flush in between: System.out is
     * created with autoflush, so its text is on file descriptor 1 before Go writes there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheExpectedOutput(String binding) throws Exception {
        assertEquals(Demos.expectedOutput(), Demos.run(HelloDemo.class, binding));
    }

    /**
     * A buffering stream of the program's own over file descriptor 1 holds its text until it is
     * flushed, so Go's line overtakes it; flushed before the call, the order is right.
     */
    @ParameterizedTest
    @CsvSource({
        "ffm, print-writer, unflushed, 'Hello world!\nGo says: '",
        "jna, print-writer, unflushed, 'Hello world!\nGo says: '",
        "ffm, buffered-print-stream, unflushed, 'Hello world!\nGo says: '",
        "jna, buffered-print-stream, unflushed, 'Hello world!\nGo says: '",
        "ffm, print-writer, flushed, 'Go says: Hello world!\n'",
        "jna, buffered-print-stream, flushed, 'Go says: Hello world!\n'",
    })
    void goOvertakesBufferedJavaOutput(String binding, String stream, String flush, String expected) throws Exception {
        assertEquals(expected.translateEscapes(), Demos.run(BufferedHelloDemo.class, binding, stream, flush));
    }

    /** {@code BufferedHelloDemo ffm|jna print-writer|buffered-print-stream flushed|unflushed}. */
    static final class BufferedHelloDemo {
        public static void main(String[] args) throws IOException {
            Hello hello = Demos.choose(new String[] {args[0]}, HelloFfm::new, HelloJna::new);
            boolean flushFirst = args[2].equals("flushed");
            switch (args[1]) {
                case "print-writer" -> printThenCallGo(new PrintWriter(System.out), flushFirst, hello); // a BufferedWriter inside
                // The "fast output" idiom: fd 1 behind a buffer, autoflush off.
                case "buffered-print-stream" -> printThenCallGo(new PrintStream(
                        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false), flushFirst, hello);
                default -> throw new IllegalArgumentException(args[1]);
            }
        }

        private static <T extends Appendable & Flushable> void printThenCallGo(T out, boolean flushFirst, Hello hello)
                throws IOException {
            out.append("Go says: ");
            if (flushFirst) {
                out.flush();
            }
            hello.hello();
            out.flush();
        }
    }
}
