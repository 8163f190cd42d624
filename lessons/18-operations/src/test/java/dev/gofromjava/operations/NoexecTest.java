package dev.gofromjava.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.bridge.NativePlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lesson 14's extraction when the temporary directory is mounted noexec, as a hardened /tmp is:
 * each child JVM runs in a mount namespace of its own ({@code unshare -m}) with a noexec tmpfs as
 * its {@code java.io.tmpdir}, and finds the library on its class path as a jar would hold it. The
 * tmpfs goes over a folder of the build directory, not over /tmp itself, which would hide the
 * class path of a checkout that lives under /tmp. Skipped, saying why, without root or unshare.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NoexecTest {
    /** A class-path folder laid out as lesson 14's jar: native/PLATFORM/FILE. */
    static final Path BUNDLE = NativePaths.directory().resolveSibling("bundle");
    /** A cache directory on an exec file system (the build directory's), for the setting. */
    static final Path EXEC_CACHE = NativePaths.directory().resolveSibling("exec-cache");
    /** Where the child's noexec tmpfs is mounted, in its namespace only: its java.io.tmpdir. */
    static final Path NOEXEC_TMP = NativePaths.directory().resolveSibling("noexec-tmp");

    @BeforeAll
    static void bundle() throws Exception {
        Path file = BUNDLE.resolve(NativePlatform.current().resource("operations"));
        Files.createDirectories(file.getParent());
        Files.copy(NativePaths.library("operations"), file, StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(NOEXEC_TMP);
    }

    static Optional<String> unavailable() throws Exception {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return Optional.of("mount namespaces are Linux's");
        }
        Process p = new ProcessBuilder("unshare", "-m", "true").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return p.waitFor() == 0 ? Optional.empty() : Optional.of("unshare -m fails here (root needed): " + out.strip());
    }

    /** unshare -m, then a noexec tmpfs as java.io.tmpdir, in the new namespace only, then the JVM. */
    static Child.Setup noexecTmp() throws Exception {
        Path tmp = NOEXEC_TMP.toRealPath(); // as /proc/self/mountinfo names it
        return Child.Setup.plain().classPath(BUNDLE).flags("-Djava.io.tmpdir=" + tmp)
                .prefix("unshare", "-m", "sh", "-c", "mount -t tmpfs -o noexec,size=64m tmpfs '" + tmp + "' && exec \"$0\" \"$@\"");
    }

    // docs:begin noexec
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void onANoexecTmpTheExtractionIsRefusedNamingTheSetting(String binding) throws Exception {
        Optional<String> why = unavailable();
        assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElseThrow());
        Child child = Child.run(noexecTmp(), "bundled", binding);
        assertEquals(0, child.exit(), child.output());
        String refused = child.value("refused");
        assertTrue(refused.contains("mounted at " + NOEXEC_TMP.toRealPath() + " is mounted noexec"), refused);
        assertTrue(refused.contains("-D" + BundledLibrary.CACHE_PROPERTY), refused);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void theSettingItNamesWorks(String binding) throws Exception {
        Optional<String> why = unavailable();
        assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElseThrow());
        Child child = Child.run(noexecTmp().flags("-D" + BundledLibrary.CACHE_PROPERTY + "=" + EXEC_CACHE), "bundled", binding);
        assertEquals(0, child.exit(), child.output());
        assertTrue(child.value("extracted").startsWith(EXEC_CACHE.toString()), child.output());
        assertTrue(child.out().contains("loaded: "), child.output());
    }
    // docs:end noexec
}
