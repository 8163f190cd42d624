package dev.gofromjava.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.GoLibraryException;
import dev.gofromjava.bridge.NativePlatform;
import dev.gofromjava.testkit.Demos;
import dev.gofromjava.testkit.Stress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extracting the jar's library: into a private directory only, whole or not at all, once per version. */
class BundledLibraryTest {
    static final ClassLoader LOADER = BundledLibraryTest.class.getClassLoader();
    static final NativePlatform HERE = NativePlatform.current();

    static byte[] resourceBytes() {
        try (InputStream in = LOADER.getResourceAsStream(HERE.resource("packaging"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path extract(Path cache) {
        return BundledLibrary.extract(LOADER, "packaging", HERE, cache);
    }

    @Test
    void theCopyHoldsTheLibraryInOwnerOnlyDirectories(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path file = extract(cache);
        assertArrayEquals(resourceBytes(), Files.readAllBytes(file));
        assertEquals(HERE.libraryFile("packaging"), file.getFileName().toString());
        assertEquals(cache, file.getParent().getParent());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(file, extract(cache), "the second extraction finds the first");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    // docs:begin refused
    @Test
    void aCacheOthersCanWriteIsRefused(@TempDir Path tmp) throws Exception {
        Path cache = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        var e = assertThrows(GoLibraryException.class, () -> extract(cache));
        assertTrue(e.getMessage().contains("is open to others (rwxrwxrwx)"), e.getMessage());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(0, files.count(), "nothing written into it");
        }
    }

    @Test
    void aCacheThatIsALinkIsRefused(@TempDir Path tmp) throws Exception {
        Path real = Files.createDirectory(tmp.resolve("real"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        var e = assertThrows(GoLibraryException.class, () -> extract(link));
        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
        try (Stream<Path> files = Files.list(real)) {
            assertEquals(0, files.count(), "nothing written where the link points");
        }
    }
    // docs:end refused

    @Test
    void aGroupReadableCacheIsRefused(@TempDir Path tmp) throws Exception {
        Path cache = Files.createDirectory(tmp.resolve("group"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-x---"));
        var e = assertThrows(GoLibraryException.class, () -> extract(cache));
        assertTrue(e.getMessage().contains("is open to others"), e.getMessage());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(0, files.count(), "nothing written into it");
        }
    }

    /** A damaged copy (a crash mid-write elsewhere, a stray edit) is replaced, never loaded. */
    @Test
    void aDamagedCopyIsReplaced(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Path file = extract(cache);
        byte[] library = resourceBytes();
        Files.write(file, java.util.Arrays.copyOf(library, library.length / 2));
        assertEquals(file, extract(cache));
        assertArrayEquals(library, Files.readAllBytes(file));
    }

    @Test
    void aMissingPlatformNamesItAndThePackagedOnes(@TempDir Path tmp) {
        NativePlatform riscv = new NativePlatform("linux", "riscv64");
        var e = assertThrows(GoLibraryException.class,
                () -> BundledLibrary.extract(LOADER, "packaging", riscv, tmp.resolve("cache")));
        String packaged = String.join(", ", BundledLibrary.packaged(LOADER, "packaging").stream().map(NativePlatform::id).toList());
        assertTrue(e.getMessage().contains("for this platform, linux-riscv64"), e.getMessage());
        assertTrue(e.getMessage().contains("the jar has it for " + packaged + "."), e.getMessage());
        assertTrue(packaged.contains(HERE.id()), packaged);
        var none = assertThrows(GoLibraryException.class,
                () -> BundledLibrary.extract(LOADER, "no-such-library", HERE, tmp.resolve("cache")));
        assertTrue(none.getMessage().contains("the jar has it for no platform"), none.getMessage());
    }

    /**
     * A container may run the JVM under a user id with no name in /etc/passwd; Java then reports a
     * made-up user.name. The cache must still be recognised as this process's own.
     */
    @Test
    void aUserWithNoNameStillExtracts(@TempDir Path tmp) throws Exception {
        Demos.Run run = Demos.start(List.of("-Duser.name=no-such-user-gfj"), env -> {}, ExtractMain.class,
                tmp.resolve("cache").toString(), "1");
        assertEquals("ok 1", run.out().strip(), "exit " + run.exit() + ", stderr: " + run.err());
    }

    /**
     * Eight threads here and two other JVMs extract into the same fresh directories at once,
     * round after round: every one of them gets the whole library, and no temporary file is left.
     */
    @Test
    void manyThreadsAndTwoJvmsAtOnce(@TempDir Path tmp) throws Exception {
        int rounds = Stress.rounds(40);
        Path cache = Files.createDirectory(tmp.resolve("cache"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] library = resourceBytes();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<Demos.Run> first = pool.submit(() -> Demos.start(List.of(), env -> {}, ExtractMain.class,
                    cache.toString(), Integer.toString(rounds)));
            Future<Demos.Run> second = pool.submit(() -> Demos.start(List.of(), env -> {}, ExtractMain.class,
                    cache.toString(), Integer.toString(rounds)));
            CyclicBarrier together = new CyclicBarrier(8);
            Set<Path> seen = ConcurrentHashMap.newKeySet();
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                threads.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        together.await();
                        Path file = extract(cache.resolve(Integer.toString(round)));
                        assertArrayEquals(library, Files.readAllBytes(file), "round " + round);
                        seen.add(file);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get();
            }
            for (Future<Demos.Run> jvm : List.of(first, second)) {
                Demos.Run run = jvm.get();
                assertEquals(0, run.exit(), run.out() + run.err());
                assertEquals("ok " + rounds + "\n", run.out());
            }
            assertEquals(rounds, seen.size(), "one file per round");
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> all = Files.walk(cache)) {
            assertEquals(List.of(), all.filter(p -> p.toString().endsWith(".part")).toList(), "temporary files left");
        }
    }
}
