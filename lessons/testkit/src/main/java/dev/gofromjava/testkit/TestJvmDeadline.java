package dev.gofromjava.testkit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Ends a test JVM that runs past its deadline, so that a test that never returns (a Go runtime
 * that deadlocks, a call stuck in native code) cannot hang the build.
 *
 * <p>Surefire's own {@code forkedProcessTimeoutInSeconds} does not do it: past the limit it asks
 * the test JVM to stop, and the JVM only writes a thread dump and runs on (SUREFIRE-1722, seen with
 * surefire 3.5.4). So this listener, loaded by the JUnit Platform in every JVM that has the test kit
 * on its class path (META-INF/services), starts a clock with the launcher session. At the deadline
 * it prints which tests were running and for how long, and every thread's stack, kills the child
 * JVMs the tests started (testkit: Demos), and halts the JVM with status {@value #EXIT_STATUS}:
 * surefire then fails the build, naming the test that was running ("The forked VM terminated
 * without properly saying goodbye", "Crashed tests").
 *
 * <p>The deadline is the system property {@value #PROPERTY}, in seconds (the parent pom passes its
 * fork.timeout.seconds); without it, or at 0, there is none.
 */
public final class TestJvmDeadline implements LauncherSessionListener, TestExecutionListener {
    public static final String PROPERTY = "gofromjava.fork.timeout.seconds";
    static final int EXIT_STATUS = 86;

    /** The tests and containers running now, with when they started (System.nanoTime). */
    private static final Map<String, Long> RUNNING = new ConcurrentHashMap<>();
    private static Thread clock;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        long seconds = Long.getLong(PROPERTY, 0);
        if (seconds > 0) {
            start(Duration.ofSeconds(seconds));
        }
    }

    private static synchronized void start(Duration limit) {
        if (clock != null) {
            return;
        }
        long started = System.nanoTime();
        clock = Thread.ofPlatform().daemon().name("test-jvm-deadline").start(() -> {
            try {
                Thread.sleep(limit);
            } catch (InterruptedException e) {
                return; // the session closed in time
            }
            end(limit, started);
        });
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (TestJvmDeadline.class) {
            if (clock != null) {
                clock.interrupt();
            }
        }
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        RUNNING.put(test.getLegacyReportingName() + " (" + test.getUniqueId() + ")", System.nanoTime());
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        RUNNING.remove(test.getLegacyReportingName() + " (" + test.getUniqueId() + ")");
    }

    private static void end(Duration limit, long started) {
        PrintStream err = System.err;
        long now = System.nanoTime();
        err.printf("%ntestkit: this test JVM ran %.0f s, past its limit of %d s (%s); running:%n",
                (now - started) / 1e9, limit.toSeconds(), PROPERTY);
        RUNNING.forEach((test, since) -> err.printf("  %s, for %.0f s%n", test, (now - since) / 1e9));
        err.println("testkit: every thread's stack (Java frames only; a thread in Go shows its native call):");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            err.printf("\"%s\" %s%n", thread.getName(), thread.getState());
            for (StackTraceElement frame : stack) {
                err.println("    at " + frame);
            }
        });
        Demos.killChildren();
        err.printf("testkit: halting with status %d%n", EXIT_STATUS);
        err.flush();
        Runtime.getRuntime().halt(EXIT_STATUS);
    }
}
