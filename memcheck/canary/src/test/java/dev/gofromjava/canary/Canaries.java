package dev.gofromjava.canary;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.GoLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The canary library's exports, bound with FFM exactly as a lesson binds its own, and the
 * bookkeeping memcheck/run needs to tell which JVM ran which canary.
 */
final class Canaries {
    static final GoLibrary LIB = GoLibrary.load("canary");
    private static final MethodHandle LEAK = LIB.downcall("canary_leak", FunctionDescriptor.ofVoid());
    private static final MethodHandle HANDLE_LEAK = LIB.downcall("canary_handle_leak", FunctionDescriptor.ofVoid());
    private static final MethodHandle OVERFLOW =
            LIB.downcall("canary_overflow", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG));
    private static final MethodHandle UNTERMINATED =
            LIB.downcall("canary_unterminated", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    private static final MethodHandle DOUBLE_FREE = LIB.downcall("canary_double_free", FunctionDescriptor.ofVoid());
    private static final MethodHandle USE_AFTER_FREE =
            LIB.downcall("canary_use_after_free", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle OVER_READ = LIB.downcall("canary_over_read", FunctionDescriptor.ofVoid());

    private Canaries() {}

    /** The tool this JVM runs under (memcheck/run sets MEMCHECK_TOOL): none, asan or valgrind. */
    static String tool() {
        return System.getenv().getOrDefault("MEMCHECK_TOOL", "none");
    }

    /** True when a native tool watches this JVM, so a bug that glibc would abort on may run. */
    static boolean underTool() {
        return !tool().equals("none");
    }

    /**
     * Adds the line "canary parent-pid" to MEMCHECK_PIDS/PID, so memcheck/run can attribute the
     * ASan and valgrind logs (named by this pid) and the wrapper's timing (named by the parent's)
     * to the canaries that ran in this JVM: one line, or one per canary when they share a JVM.
     */
    static void record(String canary) {
        String dir = System.getenv("MEMCHECK_PIDS");
        if (dir == null) {
            return;
        }
        try {
            Path d = Files.createDirectories(Path.of(dir));
            ProcessHandle self = ProcessHandle.current();
            long parent = self.parent().map(ProcessHandle::pid).orElse(-1L);
            Files.writeString(d.resolve(Long.toString(self.pid())), canary + " " + parent + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void leak() {
        try {
            LEAK.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    static void handleLeak() {
        try {
            HANDLE_LEAK.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    static void overflow(MemorySegment out, long n) {
        try {
            OVERFLOW.invokeExact(out, n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    static long unterminated(MemorySegment out, long n) {
        try {
            return (long) UNTERMINATED.invokeExact(out, n);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    static void doubleFree() {
        try {
            DOUBLE_FREE.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    static long useAfterFree() {
        try {
            return (long) USE_AFTER_FREE.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    static void overRead() {
        try {
            OVER_READ.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
}
