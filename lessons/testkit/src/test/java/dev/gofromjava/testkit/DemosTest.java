package dev.gofromjava.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The child-JVM runner ends a child that never ends, and tells what it was and what it printed. */
class DemosTest {
    /**
     * A child that prints, starts a JVM of its own that holds the same stdout, then sleeps for
     * ever: a reader waiting for the end of its output would wait for ever too.
     */
    @Test
    void aChildThatNeverEndsIsKilledWithWhatItStartedAndNamedInTheFailure() {
        Duration limit = Duration.ofSeconds(5);
        var e = assertThrows(AssertionError.class, () -> Demos.start(limit, List.of(), env -> {}, Hangs.class, "forever"));
        String message = e.getMessage();
        assertTrue(message.startsWith(Hangs.class.getName() + " [forever] did not finish within 5 s: killed after "), message);
        Matcher ran = Pattern.compile("killed after (\\d+\\.\\d) s, with (\\d+) process\\(es\\) it started").matcher(message);
        assertTrue(ran.find(), message);
        assertTrue(Double.parseDouble(ran.group(1)) >= 5.0, message);
        assertEquals("1", ran.group(2), message);
        Matcher grandchild = Pattern.compile("started (\\d+), sleeping").matcher(message);
        assertTrue(grandchild.find(), "its stdout so far is in the message: " + message);
        long pid = Long.parseLong(grandchild.group(1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child's own child " + pid + " was killed too");
    }

    /** More than a pipe holds, on both streams: with files behind them, the child never blocks on a full pipe. */
    @Test
    void aChildThatPrintsALotOnBothStreamsFinishes() throws Exception {
        Demos.Run run = Demos.start(List.of(), env -> {}, Hangs.class, "chatty");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Hangs.CHATTY_LINES, run.out().lines().count());
        assertEquals(Hangs.CHATTY_LINES, run.err().lines().count());
    }

    /** The children: {@code forever} (with a JVM of its own that sleeps too), {@code alone}, {@code chatty}. */
    public static final class Hangs {
        static final int CHATTY_LINES = 20_000;

        public static void main(String[] args) throws Exception {
            switch (args[0]) {
                case "forever" -> {
                    Process sleeper = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                            "-cp", System.getProperty("java.class.path"), Hangs.class.getName(), "alone")
                            .inheritIO().start();
                    System.out.println("started " + sleeper.pid() + ", sleeping");
                    System.out.flush();
                    Thread.sleep(Long.MAX_VALUE);
                }
                case "alone" -> Thread.sleep(Long.MAX_VALUE);
                case "chatty" -> {
                    for (int i = 0; i < CHATTY_LINES; i++) {
                        System.out.println("a line of stdout, number " + i);
                        System.err.println("a line of stderr, number " + i);
                    }
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }
}
