package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JVM and Go under a real cgroup v1 CPU quota and memory limit, each in a child JVM started
 * inside the cgroup. Skipped, saying why, without root or the controllers.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ContainerTest {
    /** The CPUs this process may run on, with no quota: what both runtimes count outside a cgroup's limit. */
    static final int CPUS = Runtime.getRuntime().availableProcessors();

    static void assumeCgroup(String controller) {
        Optional<String> why = Cgroup.unavailable(controller);
        assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElseThrow());
    }

    // docs:begin quota
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 1.5, 2, 3, 0 /* no quota */})
    void underACpuQuotaTheJvmRoundsUpAndGoNeverGoesBelowTwo(double cpus) throws Exception {
        assumeCgroup("cpu");
        try (Cgroup cgroup = Cgroup.cpu(cpus)) {
            Child child = Child.run(Child.Setup.plain().prefix(cgroup.prefix()), "view", "ffm");
            assertEquals(0, child.exit(), child.output());
            int quota = cpus <= 0 ? CPUS : (int) Math.ceil(cpus);
            assertEquals(Math.min(CPUS, quota), child.longValue("java processors"), child.output());
            assertEquals(Math.min(CPUS, Math.max(2, quota)), child.longValue("go gomaxprocs"), child.output());
            assertEquals(1, child.longValue("go gomaxprocs set"), child.output()); // setMaxProcs overrides the quota
            assertEquals(child.longValue("go gomaxprocs"), child.longValue("go gomaxprocs default"), child.output());
        }
    }
    // docs:end quota

    @Test
    void underACpuQuotaGomaxprocsFromTheEnvironmentWins() throws Exception {
        assumeCgroup("cpu");
        try (Cgroup cgroup = Cgroup.cpu(0.5)) {
            Child child = Child.run(Child.Setup.plain().prefix(cgroup.prefix()).environment(env -> env.put("GOMAXPROCS", "1")),
                    "view", "jna");
            assertEquals(1, child.longValue("java processors"), child.output());
            assertEquals(1, child.longValue("go gomaxprocs"), child.output());
        }
    }

    // docs:begin memory
    @Test
    void underAMemoryLimitTheJvmSizesItsHeapAndGoSeesNoLimit() throws Exception {
        assumeCgroup("memory");
        try (Cgroup cgroup = Cgroup.memory(512L << 20)) {
            Child child = Child.run(Child.Setup.plain().prefix(cgroup.prefix()), "view", "ffm");
            assertEquals(512L << 20, child.longValue("process memory"), child.output());
            long heap = child.longValue("java max heap"); // MaxRAMPercentage: 25% by default
            assertTrue(heap > 100L << 20 && heap <= 128L << 20, child.output());
            assertEquals(Long.MAX_VALUE, child.longValue("go memory limit"), child.output());
        }
    }

    @Test
    @Tag("crash-on-purpose")
    void withoutItsShareGoOutgrowsTheLimitAndTheKernelKillsTheJvm() throws Exception {
        assumeCgroup("memory");
        try (Cgroup cgroup = Cgroup.memory(512L << 20)) {
            // Java holds 96 MiB; Go holds 200 MiB live and makes 2 GiB of garbage beside it.
            Child child = Child.run(Child.Setup.plain().prefix(cgroup.prefix()), "memory", "ffm", "none", "96", "200", "2048", "96");
            assertEquals(137, child.exit(), child.output()); // SIGKILL
            assertEquals(1, cgroup.oomKills(), child.output());
            assertFalse(child.out().contains("survived"), child.output());
        }
    }

    @Test
    void withItsShareOfTheLimitGoKeepsTheJvmAlive() throws Exception {
        assumeCgroup("memory");
        try (Cgroup cgroup = Cgroup.memory(512L << 20)) {
            Child child = Child.run(Child.Setup.plain().prefix(cgroup.prefix()), "memory", "ffm", "share", "96", "200", "2048", "96");
            assertEquals(0, child.exit(), child.output());
            long share = child.longValue("go share");
            assertEquals(GoLimits.goShare(512L << 20, child.longValue("java max heap"), 96L << 20), share);
            assertTrue(child.longValue("go memory") <= share, child.output());
            assertEquals(0, cgroup.oomKills(), child.output());
        }
    }
    // docs:end memory
}
