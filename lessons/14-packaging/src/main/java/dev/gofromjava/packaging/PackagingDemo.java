package dev.gofromjava.packaging;

import dev.gofromjava.bridge.BundledLibrary;

/**
 * Greets from the Go library inside the jar. {@code java -jar packaging-demo.jar [ffm|jna]}
 * runs it with no JVM flags: the jar's manifest enables native access (FFM by default).
 */
public final class PackagingDemo {
    private PackagingDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Packaging go = switch (String.join(" ", args)) {
            case "", "ffm" -> new PackagingFfm();
            case "jna" -> new PackagingJna();
            default -> throw new IllegalArgumentException("usage: PackagingDemo [ffm|jna]");
        };
        System.out.println(go.greet("Gopher"));
        System.out.println(go.greet("Duke, who came all the way from the JVM to meet the gophers"));
        System.out.println("Loaded from the jar's copy in the private cache: "
                + go.library().startsWith(BundledLibrary.cacheDirectory()));
    }
    // docs:end demo
}
