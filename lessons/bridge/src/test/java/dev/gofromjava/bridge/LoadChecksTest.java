package dev.gofromjava.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader's checks on their own, with no Go library (lesson 18 runs them against real ones). */
class LoadChecksTest {
    private static final long STAMPED = 0xa1b2c3d4e5f60718L; // the first 64 bits of the test resource's hash

    @ParameterizedTest
    @ValueSource(strings = {"off", "0", "512", "512B", "1KiB", "512MiB", "3GiB", "2TiB", "+5", "-0", "8388607TiB",
            "9223372036854775807"})
    void goMemLimitValuesGoAccepts(String value) {
        assertEquals(Optional.empty(), LoadChecks.memoryLimitProblem(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"512MB", "512mb", "1.5GiB", "-5", "5 MiB", "MiB", "B", "iB", "1EiB", "8388608TiB",
            "9223372036854775808", "\u0663", "0x10", "512KB"})
    void goMemLimitValuesGoRefusesAreNamed(String value) {
        String problem = LoadChecks.memoryLimitProblem(value).orElseThrow();
        assertTrue(problem.contains("GOMEMLIMIT is '" + value + "'") && problem.contains("512MiB, not 512MB"), problem);
    }

    @Test
    void anUnsetGoMemLimitIsFine() {
        assertEquals(Optional.empty(), LoadChecks.memoryLimitProblem(null));
        assertEquals(Optional.empty(), LoadChecks.memoryLimitProblem(""));
    }

    @Test
    void theLibraryNameIsTheFileNameWithoutWhatMapLibraryNameAdds() {
        assertEquals("operations", LoadChecks.libraryName(Path.of("/x", System.mapLibraryName("operations"))));
        assertEquals("other", LoadChecks.libraryName(Path.of("/x/other.bin")));
    }

    @Test
    void anotherAbiVersionIsRefusedNamingBoth() {
        var e = assertThrows(GoLibraryException.class,
                () -> LoadChecks.afterOpen(Path.of("/x/libstamped.so"), OptionalLong.of(2), OptionalLong.of(STAMPED)));
        assertTrue(e.getMessage().contains("speaks version 2 of the gfj_* exports, and this loader version 1"), e.getMessage());
        var none = assertThrows(GoLibraryException.class,
                () -> LoadChecks.afterOpen(Path.of("/x/libstamped.so"), OptionalLong.empty(), OptionalLong.of(STAMPED)));
        assertTrue(none.getMessage().contains("speaks no version"), none.getMessage());
    }

    @Test
    void anotherHeaderIsRefusedNamingBothHashes() {
        Path library = Path.of("/x", System.mapLibraryName("stamped"));
        LoadChecks.afterOpen(library, OptionalLong.of(1), OptionalLong.of(STAMPED)); // the recorded header: accepted
        var e = assertThrows(GoLibraryException.class,
                () -> LoadChecks.afterOpen(library, OptionalLong.of(1), OptionalLong.of(0x0123456789abcdefL)));
        assertTrue(e.getMessage().contains("from a cgo header with SHA-256 0123456789abcdef…"), e.getMessage());
        assertTrue(e.getMessage().contains("checked against libstamped.h with SHA-256 a1b2c3d4e5f60718…"), e.getMessage());
        var unstamped = assertThrows(GoLibraryException.class,
                () -> LoadChecks.afterOpen(library, OptionalLong.of(1), OptionalLong.of(0)));
        assertTrue(unstamped.getMessage().contains("without a record of its cgo header"), unstamped.getMessage());
    }

    @Test
    void withNoRecordedHeaderAnyHashIsAccepted() {
        LoadChecks.afterOpen(Path.of("/x", System.mapLibraryName("unrecorded")), OptionalLong.of(1), OptionalLong.empty());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC}) // where the scan runs
    void noGoRuntimeInAJvmThatLoadedNone() {
        assertEquals(List.of(), LoadChecks.goRuntimes());
        List<String> objects = LoadChecks.loadedObjects();
        assertTrue(objects.stream().anyMatch(o -> o.endsWith(System.mapLibraryName("jvm"))), objects.toString());
    }

    @Test
    void theMountThatHoldsAPathDecidesAndTheLastOneOnTopWins() {
        List<String> mountinfo = List.of(
                "21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw",
                "40 21 0:35 / /tmp rw,nosuid,noexec,relatime shared:2 - tmpfs tmpfs rw",
                "41 21 0:36 / /tmp/my\\040cache rw,relatime - tmpfs tmpfs rw",
                "42 21 0:37 / /var rw,relatime - tmpfs tmpfs rw",
                "43 21 0:38 / /var rw,noexec,relatime - tmpfs tmpfs rw");
        assertEquals(Optional.of("/tmp"), BundledLibrary.noexecMount(Path.of("/tmp/gofromjava-me/ab"), mountinfo));
        assertEquals(Optional.empty(), BundledLibrary.noexecMount(Path.of("/tmp/my cache/ab"), mountinfo));
        assertEquals(Optional.empty(), BundledLibrary.noexecMount(Path.of("/tmpx/ab"), mountinfo));
        assertEquals(Optional.of("/var"), BundledLibrary.noexecMount(Path.of("/var/lib"), mountinfo));
        assertEquals(Optional.empty(), BundledLibrary.noexecMount(Path.of("/home/me"), mountinfo));
    }
}
