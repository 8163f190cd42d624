package dev.gofromjava.testkit;

import dev.gofromjava.bridge.GoLibrary;
import java.util.OptionalLong;

/**
 * The ledger half of memcheck: C blocks that Go allocated during one test try must all be freed,
 * and cgo handles it made must all be deleted, by the time the try ends.
 *
 * <p>Used by {@link LedgerTryHook} (every jqwik try, including {@code @Example}s) and
 * {@link LedgerExtension} (every JUnit {@code @Test}), both registered by service loader, so
 * every lesson gets the check without writing a line. The count lives in the one Go library the
 * JVM loaded (by FFM or JNA: one per JVM, see {@link GoLibrary}); before any library is loaded it is zero.
 */
public final class LedgerCheck {
    private LedgerCheck() {}

    /** Live blocks now: the baseline taken before a try (0 while no Go library is loaded). */
    public static long baseline() {
        return GoLibrary.liveAllocationsIfLoaded().orElse(0);
    }

    /**
     * The failure to report when the live count differs from {@code baseline}, or null when it
     * matches (or no Go library was ever loaded, so Go cannot have allocated anything). With
     * {@code gc}, a test whose memory the garbage collector frees: it first asks for collections
     * and waits up to {@code gc.seconds()} for the count to come back.
     */
    public static AssertionError verify(long baseline, String what, FreedByGc gc) {
        OptionalLong now = GoLibrary.liveAllocationsIfLoaded();
        if (gc != null && now.isPresent() && now.getAsLong() != baseline) {
            long deadline = System.nanoTime() + gc.seconds() * 1_000_000_000L;
            while (now.getAsLong() != baseline && System.nanoTime() < deadline) {
                System.gc();
                try {
                    Thread.sleep(20); // the Cleaner's thread runs the frees
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                now = GoLibrary.liveAllocationsIfLoaded();
            }
            what += " (after waiting up to " + gc.seconds() + " s for the garbage collector)";
        }
        return verify(baseline, what, now);
    }

    /** Live cgo handles now: the baseline taken before a try (0 while no Go library is loaded). */
    public static long handlesBaseline() {
        return GoLibrary.liveHandlesIfLoaded().orElse(0);
    }

    /**
     * The failure to report when the live handle count differs from {@code baseline}, or null.
     * Handles are deleted by explicit calls only, never by the garbage collector, so there is
     * nothing to wait for.
     */
    public static AssertionError verifyHandles(long baseline, String what) {
        OptionalLong now = GoLibrary.liveHandlesIfLoaded();
        if (now.isEmpty() || now.getAsLong() == baseline) {
            return null;
        }
        long delta = now.getAsLong() - baseline;
        return new AssertionError("ledger: " + what + (delta > 0
                ? " left " + delta + " cgo handle(s) undeleted"
                : " deleted " + (-delta) + " cgo handle(s) more than it made")
                + " (live before " + baseline + ", after " + now.getAsLong() + ")");
    }

    /** {@link #verify(long, String, FreedByGc)} without waiting for the collector. */
    public static AssertionError verify(long baseline, String what) {
        return verify(baseline, what, (FreedByGc) null);
    }

    private static AssertionError verify(long baseline, String what, OptionalLong now) {
        if (now.isEmpty() || now.getAsLong() == baseline) {
            return null;
        }
        long delta = now.getAsLong() - baseline;
        return new AssertionError("ledger: " + what + (delta > 0
                ? " left " + delta + " C block(s) allocated by Go unfreed"
                : " freed " + (-delta) + " C block(s) more than it allocated (a double free?)")
                + " (live before " + baseline + ", after " + now.getAsLong() + ")");
    }
}
