package dev.gofromjava.packaging;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@link Packaging} with JNA direct mapping, from the same extracted file as FFM. */
public final class PackagingJna implements Packaging {
    // docs:begin jna
    /** The exports of the jar's library, bound once when this class initialises. */
    static final class PackagingLibrary {
        // JNA opens it by its absolute path, so neither jna.library.path nor JNA's own
        // resource lookup is involved; it is the very file FFM opens.
        static final Path FILE = BundledLibrary.extract(PackagingLibrary.class, "packaging");

        static {
            JnaLoader.register(PackagingLibrary.class, FILE);
        }

        // GoInt64 greet(char* name, GoUint8* out, GoInt64 outN);
        static native long greet(String name, Pointer out, long outN);

        // GoInt64 goPlatform(GoUint8* out, GoInt64 outN);
        static native long goPlatform(Pointer out, long outN);

        private PackagingLibrary() {}
    }
    // docs:end jna

    @Override
    public String greet(String name) {
        Checks.utf8Length(name, "name");
        try (Memory out = new Memory(FIRST_BUFFER)) {
            long need = call(name, out, out.size());
            if (need <= out.size()) {
                return out.getString(0, StandardCharsets.UTF_8.name());
            }
            try (Memory bigger = new Memory(need)) { // too small: Go said how much it needs
                require(call(name, bigger, need) == need, "greet asked for " + need + " bytes, then for more");
                return bigger.getString(0, StandardCharsets.UTF_8.name());
            }
        }
    }

    @Override
    public long greet(String name, MemorySegment out) {
        Checks.utf8Length(name, "name");
        Checks.output(out, "out");
        try {
            return call(name, new Pointer(out.address()), out.byteSize());
        } finally {
            // JNA sees a bare address: keep the segment alive until Go has returned.
            Reference.reachabilityFence(out);
        }
    }

    @Override
    public String goPlatform() {
        try (Memory out = new Memory(FIRST_BUFFER)) {
            long need = checked("goPlatform", PackagingLibrary.goPlatform(out, out.size()));
            require(need >= 1 && need <= out.size(), "goPlatform failed (" + need + ")");
            return out.getString(0, StandardCharsets.UTF_8.name());
        }
    }

    @Override
    public Path library() {
        return PackagingLibrary.FILE;
    }

    private static long call(String name, Pointer out, long outN) {
        long need = checked("greet", PackagingLibrary.greet(name, out, outN));
        require(need >= 1, "greet failed (" + need + ")");
        return need;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    @Override
    public String toString() {
        return "JNA";
    }
}
