package dev.gofromjava.packaging;

import dev.gofromjava.bridge.NativePlatform;

/**
 * Prints which platform this JVM is, as three parties name it: the jar's folder that the loader
 * picks (NativePlatform), the folder JNA picks for its own library (JNA's
 * {@code Platform.RESOURCE_PREFIX}), and GOOS/GOARCH of the Go library the loader then loads, as
 * Go reports it. scripts/platforms runs it from the jar on emulated platforms and checks that the
 * three agree with the platform table: {@code java -cp packaging-demo.jar dev.gofromjava.packaging.WhichPlatform}.
 */
public final class WhichPlatform {
    private WhichPlatform() {}

    public static void main(String[] args) {
        System.out.println(NativePlatform.current().id() + " " + com.sun.jna.Platform.RESOURCE_PREFIX + " "
                + new PackagingFfm().goPlatform());
    }
}
