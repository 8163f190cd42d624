package dev.gofromjava.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.NativePlatform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The libraries cross-compiled for other platforms cannot run here, so their file headers are
 * checked instead: the format (ELF, PE, Mach-O), that it is a shared library, and the machine.
 */
class NativeHeadersTest {
    static final ClassLoader LOADER = NativeHeadersTest.class.getClassLoader();

    /** On Linux the build packages these three (scripts/native-resources), unless told to package only its own. */
    @Test
    void theJarCarriesEveryPlatformTheBuildMakes() {
        List<NativePlatform> packaged = BundledLibrary.packaged(LOADER, "packaging");
        assertTrue(packaged.contains(NativePlatform.current()), packaged.toString());
        if (NativePlatform.current().goos().equals("linux") && !Boolean.getBoolean("gofromjava.native.hostOnly")) {
            for (String id : List.of("linux-x86-64", "linux-aarch64", "win32-x86-64")) {
                assertTrue(packaged.stream().anyMatch(p -> p.id().equals(id)), id + " missing from " + packaged);
            }
        }
    }

    // docs:begin headers
    @Test
    void eachPackagedLibraryIsBuiltForItsPlatform() throws IOException {
        List<NativePlatform> packaged = BundledLibrary.packaged(LOADER, "packaging");
        assertFalse(packaged.isEmpty());
        for (NativePlatform platform : packaged) {
            byte[] file;
            try (InputStream in = LOADER.getResourceAsStream(platform.resource("packaging"))) {
                file = in.readAllBytes();
            }
            assertEquals(platform.goos() + "/" + platform.goarch(), describe(file), platform.resource("packaging"));
        }
    }

    /** "GOOS/GOARCH" of a shared library, read from its header, in Go's names as NativePlatform uses them. */
    static String describe(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length > 64 && b.getInt(0) == 0x464C457F) { // "\177ELF"
            // 64-bit, little-endian, ET_DYN (a shared object); e_machine at 18
            if (file[4] != 2 || file[5] != 1 || b.getShort(16) != 3) {
                return "ELF, but not a 64-bit little-endian shared object";
            }
            return "linux/" + switch (b.getShort(18)) {
                case 62 -> "amd64";    // EM_X86_64
                case 183 -> "arm64";   // EM_AARCH64
                default -> "machine " + b.getShort(18);
            };
        }
        if (file.length > 64 && b.getShort(0) == 0x5A4D) { // "MZ", then the PE header at e_lfanew
            int pe = b.getInt(0x3C);
            if (pe < 0 || pe + 24 > file.length || b.getInt(pe) != 0x4550) { // "PE\0\0"
                return "MZ, but no PE header";
            }
            int machine = Short.toUnsignedInt(b.getShort(pe + 4));
            boolean dll = (b.getShort(pe + 22) & 0x2000) != 0; // IMAGE_FILE_DLL
            return !dll ? "PE, but not a DLL" : "windows/" + switch (machine) {
                case 0x8664 -> "amd64"; // IMAGE_FILE_MACHINE_AMD64
                case 0xAA64 -> "arm64"; // IMAGE_FILE_MACHINE_ARM64
                default -> "machine 0x" + Integer.toHexString(machine);
            };
        }
        if (file.length > 32 && b.getInt(0) == 0xFEEDFACF) { // MH_MAGIC_64
            if (b.getInt(12) != 6) { // MH_DYLIB
                return "Mach-O, but not a dylib";
            }
            return "darwin/" + switch (b.getInt(4)) {
                case 0x01000007 -> "amd64"; // CPU_TYPE_X86_64
                case 0x0100000C -> "arm64"; // CPU_TYPE_ARM64
                default -> "cpu 0x" + Integer.toHexString(b.getInt(4));
            };
        }
        return "not a shared library this test knows";
    }
    // docs:end headers
}
