package dev.gofromjava.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OwnedHandleTest {
    @Test
    void callsGetTheHandleUntilCloseThenAreRefusedInJava() {
        AtomicInteger frees = new AtomicInteger();
        OwnedHandle owned = new OwnedHandle("Thing", 42, h -> frees.incrementAndGet());
        assertEquals(Long.valueOf(42), owned.<Long>whileOpen(h -> h));
        owned.close();
        owned.close();
        assertEquals(1, frees.get());
        assertTrue(owned.isClosed());
        var e = assertThrows(IllegalStateException.class, () -> owned.whileOpen(h -> h));
        assertEquals("this Thing is closed: its handle 42 was given back to Go", e.getMessage());
    }

    @Test
    void aFreeThatThrowsStillClosesAndIsNotTriedAgain() {
        AtomicInteger frees = new AtomicInteger();
        OwnedHandle owned = new OwnedHandle("Thing", 7, h -> {
            frees.incrementAndGet();
            throw new GoErrorException("free", "no such handle");
        });
        assertThrows(GoErrorException.class, owned::close);
        owned.close();
        assertEquals(1, frees.get());
        assertThrows(IllegalStateException.class, () -> owned.whileOpen(h -> h));
    }

    /** Close waits for a call in flight, and the free runs after it, never during it. */
    @Test
    void closeWaitsForTheCallsInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger seenByFree = new AtomicInteger(-1);
        OwnedHandle owned = new OwnedHandle("Thing", 1, h -> seenByFree.set(inFlight.get()));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> call = pool.submit(() -> owned.whileOpen(h -> {
                inFlight.incrementAndGet();
                entered.countDown();
                await(release);
                inFlight.decrementAndGet();
                return h;
            }));
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            Future<?> close = pool.submit(owned::close);
            Thread.sleep(100);
            assertFalse(close.isDone(), "close returned while a call was in flight");
            release.countDown();
            close.get(10, TimeUnit.SECONDS);
            assertEquals(1L, call.get());
            assertEquals(0, seenByFree.get(), "the free ran while a call was in flight");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void statusesAreCountsGoErrorsOrUnknown() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment message = arena.allocateFrom("bad pattern");
            assertEquals(3, GoStatus.check("export", 3, message));
            var e = assertThrows(GoErrorException.class, () -> GoStatus.check("export", -1, message));
            assertEquals("bad pattern", e.goMessage());
            assertEquals("export", e.export());
            var unknown = assertThrows(IllegalStateException.class, () -> GoStatus.check("export", -2, message));
            assertEquals("export returned an unknown status, -2", unknown.getMessage());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
