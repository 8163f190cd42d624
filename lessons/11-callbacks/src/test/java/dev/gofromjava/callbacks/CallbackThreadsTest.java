package dev.gofromjava.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gofromjava.testkit.Demos;
import org.junit.jupiter.api.Test;

/**
 * What the JVM does to the Go threads a visitor runs on, each binding in a JVM of its own
 * ({@link CallbackThreads}): whether it attaches them as daemons, how it names them, and whether
 * they stay attached between visits.
 */
class CallbackThreadsTest {
    private static String report(String binding) throws Exception {
        Demos.Run run = Demos.start(Demos.lessonFlags(), env -> {}, CallbackThreads.class, binding);
        assertEquals(0, run.exit(), run.out() + run.err());
        return run.out();
    }

    // docs:begin ffm
    /** FFM attaches a Go thread at its first upcall, as a daemon named Thread-N, and leaves it attached. */
    @Test
    void ffmAttachesGoThreadsAsDaemonsAndLeavesThemAttached() throws Exception {
        assertEquals("""
                visits: 800
                an OS thread visited more than once: true
                the caller's OS thread: false
                daemon: [true]
                names: [Thread-N]
                one Java thread per OS thread: true
                a new Java thread per visit: false
                still alive after the walks: [true]
                """, report("ffm"));
    }
    // docs:end ffm

    // docs:begin jna
    /** JNA with the binding's CallbackThreadInitializer: daemons, named go-visitor, left attached. */
    @Test
    void jnaWithTheInitializerAttachesNamedDaemonsAndLeavesThemAttached() throws Exception {
        assertEquals("""
                visits: 800
                an OS thread visited more than once: true
                the caller's OS thread: false
                daemon: [true]
                names: [go-visitor]
                one Java thread per OS thread: true
                a new Java thread per visit: false
                still alive after the walks: [true]
                """, report("jna"));
    }

    /** JNA's default: each visit attaches its thread as a new, non-daemon Java thread, and detaches it after. */
    @Test
    void jnaByDefaultAttachesAndDetachesAroundEachVisit() throws Exception {
        assertEquals("""
                visits: 800
                an OS thread visited more than once: true
                the caller's OS thread: false
                daemon: [false]
                names: [Thread-N]
                one Java thread per OS thread: false
                a new Java thread per visit: true
                still alive after the walks: [false]
                """, report("jna-default"));
    }
    // docs:end jna
}
