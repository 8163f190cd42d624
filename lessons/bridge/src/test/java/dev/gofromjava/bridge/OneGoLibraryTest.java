package dev.gofromjava.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-library guard, on paths alone: its loads are stand-ins that succeed, fail, or wait, so
 * no Go library is needed (lessons 01 and 14 refuse a real second library).
 */
class OneGoLibraryTest {
    private final OneGoLibrary guard = new OneGoLibrary();

    @Test
    void aSecondLibraryIsRefusedAndNeverOpened(@TempDir Path dir) throws IOException {
        Path first = library(dir, "first");
        Path second = library(dir, "second");
        assertEquals("first", guard.open(first, () -> "first"));
        AtomicBoolean opened = new AtomicBoolean();
        var e = assertThrows(GoLibraryException.class, () -> guard.open(second, () -> opened.getAndSet(true)));
        assertTrue(e.getMessage().contains("second Go runtime"), e.getMessage());
        assertFalse(opened.get(), "the second library's load ran");
        assertEquals(first.toRealPath(), guard.owner());
    }

    /** A load that failed started no Go runtime: it must not make the next library "a second one". */
    @Test
    void aFailedLoadClaimsNothing(@TempDir Path dir) throws IOException {
        Path broken = library(dir, "broken");
        Path good = library(dir, "good");
        assertThrows(GoLibraryException.class, () -> guard.open(broken, () -> {
            throw new GoLibraryException("cannot load Go library " + broken + ": not a shared library");
        }));
        assertNull(guard.owner(), "a failed load claimed the JVM's one Go library");
        assertEquals("good", guard.open(good, () -> "good"));
        assertEquals(good.toRealPath(), guard.owner());
    }

    /** The dynamic loader maps a file once, whatever the name: a link to the open library is that library. */
    @Test
    void aSymbolicLinkToTheOpenLibraryIsTheSameLibrary(@TempDir Path dir) throws IOException {
        Path real = library(dir, "real");
        Path link = Files.createSymbolicLink(dir.resolve(System.mapLibraryName("link")), real);
        guard.open(real, () -> "real");
        assertEquals("link", guard.open(link, () -> "link"));
        assertEquals(real.toRealPath(), guard.owner());
    }

    /**
     * While one thread loads a library, another thread's load of a different library waits, and is
     * then refused: it never runs beside the first.
     */
    @Test
    void aLoadWaitsForTheLoadInProgressAndIsThenRefused(@TempDir Path dir) throws Exception {
        Path first = library(dir, "first");
        Path second = library(dir, "second");
        CountDownLatch firstLoading = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Thread loadsFirst = Thread.ofPlatform().start(() -> guard.open(first, () -> {
            firstLoading.countDown();
            try {
                return firstMayFinish.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(firstLoading.await(60, TimeUnit.SECONDS));

        AtomicBoolean secondOpened = new AtomicBoolean();
        AtomicReference<Throwable> secondFailure = new AtomicReference<>();
        Thread loadsSecond = Thread.ofPlatform().start(() -> {
            try {
                guard.open(second, () -> secondOpened.getAndSet(true));
            } catch (Throwable t) {
                secondFailure.set(t);
            }
        });
        // Until the second load waits for the first (or, were loads not serialised, has finished).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (loadsSecond.isAlive() && loadsSecond.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        firstMayFinish.countDown();
        loadsFirst.join();
        loadsSecond.join();

        assertFalse(secondOpened.get(), "a second library was opened while the first was loading");
        assertInstanceOf(GoLibraryException.class, secondFailure.get());
        assertEquals(first.toRealPath(), guard.owner());
    }

    /** A file that stands for a library: the guard compares files and never opens one itself. */
    private static Path library(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(System.mapLibraryName(name)), name);
    }
}
