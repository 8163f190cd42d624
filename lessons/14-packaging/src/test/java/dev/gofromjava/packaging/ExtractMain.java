package dev.gofromjava.packaging;

import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.NativePlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A second JVM for BundledLibraryTest: extracts the library into CACHE/0 .. CACHE/(ROUNDS-1) while
 * the test JVM does the same, and checks after each round that the file holds the whole library.
 * Prints "ok ROUNDS", or exits 1 naming the round.
 */
final class ExtractMain {
    private ExtractMain() {}

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        byte[] library = BundledLibraryTest.resourceBytes();
        for (int round = 0; round < rounds; round++) {
            Path file = BundledLibrary.extract(ExtractMain.class.getClassLoader(), "packaging",
                    NativePlatform.current(), cache.resolve(Integer.toString(round)));
            if (!Arrays.equals(library, Files.readAllBytes(file))) {
                System.out.println("round " + round + ": " + file + " does not hold the library");
                System.exit(1);
            }
        }
        System.out.println("ok " + rounds);
    }
}
