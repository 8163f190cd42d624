package dev.gofromjava.regexp.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Ordinary work: every e-mail address, or every request line, in a generated access log of about
 * 10 MB (the same log in every run: a fixed seed). Each engine counts the matches as its API gives
 * them; Go's binding also converts every match to Java char indices, as a caller needs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LogScanBench {
    public static final String EMAIL = "[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}";
    public static final String REQUEST = "\"(GET|POST|PUT|DELETE) (/[^ \"]*) HTTP/1\\.[01]\"";

    @Param({"EMAIL", "REQUEST"})
    String task;

    @Param({"GO_FFM", "GO_JNA", "RE2J", "JAVA_UTIL_REGEX"})
    Engine engine;

    String log;
    Engine.Counter counter;

    @Setup
    public void setUp() {
        log = String.join("\n", logLines(10 << 20));
        String pattern = task.equals("EMAIL") ? EMAIL : REQUEST;
        counter = engine.counter(pattern);
        int expected = Engine.JAVA_UTIL_REGEX.counter(pattern).count(log);
        if (counter.count(log) != expected || expected == 0) { // the self-check: all engines agree
            throw new IllegalStateException(engine + " counts " + counter.count(log) + " matches, java.util.regex " + expected);
        }
    }

    @TearDown
    public void tearDown() {
        counter.close();
    }

    @Benchmark
    public int scan() {
        return counter.count(log);
    }

    /** Lines of an access log, about {@code bytes} chars in all; one in five names a user by e-mail. */
    public static List<String> logLines(int bytes) {
        SplittableRandom random = new SplittableRandom(17);
        String[] users = {"ann", "bob.lee", "c.ortiz", "dee_99", "eve+ops"};
        String[] hosts = {"example.com", "mail.test.org", "corp.example.net"};
        String[] methods = {"GET", "GET", "GET", "POST", "PUT", "DELETE"};
        String[] paths = {"/", "/index.html", "/api/v1/items/", "/static/app.js", "/login", "/search?q="};
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        int total = 0;
        while (total < bytes) {
            StringBuilder line = new StringBuilder(160);
            line.append("10.").append(random.nextInt(256)).append('.').append(random.nextInt(256)).append('.')
                    .append(random.nextInt(256)).append(" - - [01/Dec/2026:06:").append(10 + random.nextInt(50))
                    .append(':').append(10 + random.nextInt(50)).append(" +0000] \"")
                    .append(methods[random.nextInt(methods.length)]).append(' ')
                    .append(paths[random.nextInt(paths.length)]).append(random.nextInt(10000))
                    .append(" HTTP/1.").append(random.nextInt(2)).append("\" ").append(200 + random.nextInt(4) * 100)
                    .append(' ').append(random.nextInt(100000));
            if (random.nextInt(5) == 0) {
                line.append(" user=").append(users[random.nextInt(users.length)]).append('@')
                        .append(hosts[random.nextInt(hosts.length)]);
            }
            line.append(" \"Mozilla/5.0 (X11; Linux x86_64)\"");
            total += line.length() + 1;
            lines.add(line.toString());
        }
        return lines;
    }
}
