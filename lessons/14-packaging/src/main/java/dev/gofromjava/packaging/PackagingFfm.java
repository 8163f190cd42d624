package dev.gofromjava.packaging;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.BundledLibrary;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/** {@link Packaging} with FFM, from the library inside the jar. */
public final class PackagingFfm implements Packaging {
    // docs:begin ffm
    // The jar's library for this platform, extracted once, then opened like any other.
    private static final GoLibrary LIB = GoLibrary.load(BundledLibrary.extract(PackagingFfm.class, "packaging"));

    // GoInt64 greet(char* name, GoUint8* out, GoInt64 outN);
    private static final MethodHandle GREET = LIB.downcall("greet",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    // GoInt64 goPlatform(GoUint8* out, GoInt64 outN);
    private static final MethodHandle GO_PLATFORM = LIB.downcall("goPlatform",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    // docs:end ffm

    @Override
    public String greet(String name) {
        Checks.utf8Length(name, "name");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cName = arena.allocateFrom(name);
            MemorySegment out = arena.allocate(FIRST_BUFFER);
            long need = call(cName, out);
            if (need > out.byteSize()) { // too small: Go said how much it needs
                out = arena.allocate(need);
                require(call(cName, out) == need, "greet asked for " + need + " bytes, then for more");
            }
            return out.getString(0);
        }
    }

    @Override
    public long greet(String name, MemorySegment out) {
        Checks.utf8Length(name, "name");
        Checks.output(out, "out");
        try (Arena arena = Arena.ofConfined()) {
            return call(arena.allocateFrom(name), out);
        }
    }

    @Override
    public String goPlatform() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(FIRST_BUFFER);
            long need = sized(GO_PLATFORM, out);
            require(need <= out.byteSize(), "goPlatform needs " + need + " bytes");
            return out.getString(0);
        }
    }

    @Override
    public Path library() {
        return LIB.path();
    }

    /** The export itself, with nothing checked: for tests that hand Go what no Java caller would. */
    static long greet(MemorySegment name, MemorySegment out, long outN) {
        try {
            return (long) GREET.invokeExact(name, out, outN);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    private static long call(MemorySegment name, MemorySegment out) {
        long need = greet(name, out, out.byteSize());
        require(need >= 1, "greet failed (" + need + ")");
        return need;
    }

    private static long sized(MethodHandle export, MemorySegment out) {
        long need;
        try {
            need = (long) export.invokeExact(out, out.byteSize());
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
        require(need >= 1, "goPlatform failed (" + need + ")");
        return need;
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
