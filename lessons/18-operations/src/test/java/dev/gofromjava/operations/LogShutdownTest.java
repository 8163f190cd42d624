package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's goroutines log while the JVM ends, each case in a JVM of its own. */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LogShutdownTest {
    private static final Pattern RECORD = Pattern.compile("record: working goroutine=(\\d+) seq=(\\d+)");
    /** The buffer's own record where Go dropped some: the printing logger is slower than four goroutines. */
    private static final Pattern DROPPED = Pattern.compile("record: Go dropped log records: the buffer was full dropped=\\d+");

    // docs:begin shutdown
    @ParameterizedTest
    @CsvSource({"ffm, return", "ffm, exit", "ffm, exit-blocked", "jna, return", "jna, exit", "jna, exit-blocked"})
    void loggingWhileTheJvmEndsEndsCleanly(String binding, String how) throws Exception {
        Child child = Child.run("logs-at-shutdown", binding, how);
        assertEquals(0, child.exit(), child.output());
        assertEquals("", child.err(), child.output()); // no exception, no fatal error, no Go crash
        assertEquals("ending by " + how, child.value("main"), child.output());
        Map<Long, Long> last = new HashMap<>();
        long records = 0;
        for (String line : child.out().lines().toList()) {
            if (line.startsWith("main: ") || DROPPED.matcher(line).matches()) {
                continue;
            }
            Matcher m = RECORD.matcher(line);
            assertTrue(m.matches(), "not a whole record: " + line);
            long g = Long.parseLong(m.group(1)), seq = Long.parseLong(m.group(2));
            assertTrue(last.getOrDefault(g, -1L) < seq, "goroutine " + g + ": " + seq + " after " + last.get(g));
            last.put(g, seq);
            records++;
        }
        assertTrue(records >= 1000, child.output());
    }
    // docs:end shutdown
}
