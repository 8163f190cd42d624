package dev.gofromjava.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A test that never returns, run by the JUnit Platform in a JVM of its own as surefire runs a
 * lesson's tests: the deadline ends that JVM, and says which test was running.
 */
class TestJvmDeadlineTest {
    @Test
    void aTestThatNeverReturnsEndsItsJvmAtTheDeadlineNamingTheTest() throws Exception {
        Demos.Run run = Demos.start(List.of("-D" + TestJvmDeadline.PROPERTY + "=3"), env -> {}, Launch.class,
                NeverReturns.class.getName());
        assertEquals(TestJvmDeadline.EXIT_STATUS, run.exit(), run.err());
        assertTrue(run.err().contains("testkit: this test JVM ran 3 s, past its limit of 3 s"), run.err());
        assertTrue(run.err().contains("sleepsForEver() ([engine:junit-jupiter]/[class:" + NeverReturns.class.getName()
                + "]/[method:sleepsForEver()]), for "), run.err());
        assertTrue(run.err().contains("at app//" + NeverReturns.class.getName() + ".sleepsForEver("), "its stack: " + run.err());
    }

    /** Without the property there is no deadline: the same launcher runs a test that returns, and exits 0. */
    @Test
    void withoutADeadlineATestThatReturnsEndsNormally() throws Exception {
        Demos.Run run = Demos.start(List.of(), env -> {}, Launch.class, Returns.class.getName());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("tests succeeded: 1"), run.out());
    }

    /** The JUnit Platform launcher, as surefire's fork uses it, on the class named by args[0]. */
    public static final class Launch {
        public static void main(String[] args) throws Exception {
            Launcher launcher = LauncherFactory.create();
            var summary = new org.junit.platform.launcher.listeners.SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(Class.forName(args[0]))).build(), summary);
            System.out.println("tests succeeded: " + summary.getSummary().getTestsSucceededCount());
        }
    }

    /** Not a *Test class: surefire does not run it; Launch does. */
    public static final class NeverReturns {
        @Test
        void sleepsForEver() throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    public static final class Returns {
        @Test
        void returns() {
            assertEquals(2, 1 + 1);
        }
    }
}
