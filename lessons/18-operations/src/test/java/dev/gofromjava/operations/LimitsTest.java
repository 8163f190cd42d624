package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.LoadChecks;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's limits: set at load from the environment, at run time through the exports; both bindings. */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LimitsTest {
    static final List<Operations> BINDINGS = LogsTest.BINDINGS;

    // docs:begin runtime
    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theLimitsChangeAtRunTimeAndGoReportsThem(Operations go) {
        GoMetrics start = go.readMetrics();
        try {
            assertEquals(start.gomaxprocs(), go.setMaxProcs(1));
            assertEquals(1, go.readMetrics().gomaxprocs());
            assertEquals(1, go.setMaxProcs(0)); // back to Go's default, which follows the CPUs and the quota
            assertEquals(start.gomaxprocs(), go.readMetrics().gomaxprocs());
            assertEquals(start.memoryLimit(), go.setMemoryLimit(256L << 20));
            assertEquals(256L << 20, go.readMetrics().memoryLimit());
            assertEquals(start.gcPercent(), go.setGcPercent(50));
            assertEquals(50, go.readMetrics().gcPercent());
            assertEquals(50, go.setGcPercent(-1));
            assertEquals(-1, go.readMetrics().gcPercent()); // off: only the memory limit starts a collection
        } finally {
            go.setMemoryLimit(start.memoryLimit());
            go.setGcPercent((int) start.gcPercent());
        }
    }
    // docs:end runtime

    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void theEnvironmentSetsThemAtLoadAndTheDefaultIgnoresIt(String binding) throws Exception {
        Child child = Child.run(Child.Setup.plain().environment(env -> {
            env.put("GOMAXPROCS", "1");
            env.put("GOMEMLIMIT", "300MiB");
            env.put("GOGC", "50");
        }), "view", binding);
        assertEquals(0, child.exit(), child.output());
        assertEquals(1, child.longValue("go gomaxprocs"), child.output());
        assertEquals(300L << 20, child.longValue("go memory limit"), child.output());
        assertEquals(50, child.longValue("go gc percent"), child.output());
        assertEquals(ContainerTest.CPUS, child.longValue("go gomaxprocs default"), child.output());
    }

    // docs:begin malformed
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void aMalformedGomemlimitIsRefusedBeforeGoCanAbortTheJvm(String binding) throws Exception {
        Child child = Child.run(Child.Setup.plain().environment(env -> env.put("GOMEMLIMIT", "512MB")), "load", binding);
        assertEquals(0, child.exit(), child.output());
        assertTrue(child.value("refused").contains("GOMEMLIMIT is '512MB'"), child.output());
    }

    @Test
    @Tag("crash-on-purpose")
    void withoutTheCheckGoAbortsTheJvmOnAMalformedGomemlimit() throws Exception {
        Child child = Child.run(Child.Setup.plain().environment(env -> env.put("GOMEMLIMIT", "512MB")), "raw-load");
        assertEquals(134, child.exit(), child.output()); // SIGABRT
        assertTrue(child.err().contains("malformed GOMEMLIMIT"), child.output());
    }
    // docs:end malformed

    /** Go's own verdict on each value (a JVM that loads the library past the check) against the check's. */
    @Test
    @Tag("crash-on-purpose")
    void theCheckRefusesExactlyWhatGoAbortsOn() throws Exception {
        for (String value : List.of("512MiB", "512MB", "1.5GiB", "-0", "+5", "8388607TiB", "8388608TiB", "off", "5 MiB",
                "\u0663")) {
            Child child = Child.run(Child.Setup.plain().environment(env -> env.put("GOMEMLIMIT", value)), "raw-load");
            boolean goAccepts = child.exit() == 0;
            assertTrue(goAccepts || child.exit() == 134, value + ": " + child.output());
            assertEquals(goAccepts, LoadChecks.memoryLimitProblem(value).isEmpty(), value + ": " + child.output());
        }
    }
}
