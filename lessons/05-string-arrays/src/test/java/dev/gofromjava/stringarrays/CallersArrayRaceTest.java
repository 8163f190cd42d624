package dev.gofromjava.stringarrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gofromjava.testkit.Stress;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The bindings send Go the copy their checks made, not the caller's array: another thread that
 * keeps setting an element to {@code null} and back during the calls gets, from each call, either
 * the checks' exception (the copy caught the {@code null}) or the whole join (the copy did not),
 * never what Go does with a {@code null} that slipped past them. Nothing in a call runs the
 * caller's code between the check and the C array, so only a race reaches that moment: every
 * round gives it a chance, and the test runs until both outcomes occurred, so the other thread
 * did change the array while calls ran.
 *
 * <p>Left out of memcheck ({@code heavy}): valgrind runs one thread at a time, so the spinning
 * thread takes whole time slices from the calls (lesson 05's run took more than 20 minutes there),
 * and the race it needs is not the one a machine runs. The same calls are checked under the tools
 * by {@code StringArraysTest}.
 */
@Tag("heavy")
class CallersArrayRaceTest {
    private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(String[].class);

    @ParameterizedTest
    @FieldSource("dev.gofromjava.stringarrays.StringArraysTest#BINDINGS")
    void anElementNulledDuringACallNeverReachesGo(StringArrays go) throws Exception {
        String[] strs = {"a", "b", "c"};
        AtomicBoolean stop = new AtomicBoolean();
        // Opaque stores: each one happens, in order, where a plain pair could be merged into one.
        Thread nuller = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                ELEMENT.setOpaque(strs, 1, (String) null);
                ELEMENT.setOpaque(strs, 1, "b");
            }
        });
        int refused = 0;
        int joined = 0;
        // The rounds, and more until both outcomes occurred: the other thread may not run at all
        // for a while on a busy machine, and leave the element as it was.
        int rounds = Stress.rounds(20_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            for (int round = 0; round < rounds || (refused == 0 || joined == 0) && System.nanoTime() < deadline; round++) {
                try {
                    assertEquals("a,b,c", go.joinCounted(strs, ","), go + " joinCounted");
                    assertEquals(6, go.joinSize(strs, ","), go + " joinSize");
                    joined++;
                } catch (NullPointerException e) {
                    if (e.getMessage() == null || !e.getMessage().startsWith("strs[1] is null")) {
                        fail(go + ": a null got past the checks: " + e, e);
                    }
                    refused++;
                } catch (RuntimeException e) {
                    fail(go + ": a null got past the checks: " + e, e);
                }
            }
        } finally {
            stop.set(true);
            nuller.join();
        }
        assertTrue(refused > 0 && joined > 0, go + ": " + refused + " calls refused and " + joined
                + " joined within 60 s; both must occur, or the other thread never changed the array during a call");
    }
}
