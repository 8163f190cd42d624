package dev.gofromjava.tworuntimes;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who handles each signal in this process, read from the kernel itself: the handler's address,
 * matched against the libraries mapped in {@code /proc/self/maps}, and whether it runs on the
 * alternate signal stack (SA_ONSTACK). The raw rt_sigaction system call is used, not libc's
 * sigaction, so that a preloaded libjsig (which intercepts sigaction) cannot answer in the
 * kernel's place.
 */
final class SignalTable {
    /** The signals the lesson is about, by Linux x86-64 number. */
    static final Map<String, Integer> SIGNALS = signals();

    private static final long SYS_RT_SIGACTION = 13; // x86-64
    private static final long SA_ONSTACK = 0x08000000L;
    private static final MethodHandle SYSCALL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG),
            Linker.Option.firstVariadicArg(1));

    private SignalTable() {}

    private static Map<String, Integer> signals() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("SIGSEGV", 11);
        m.put("SIGBUS", 7);
        m.put("SIGQUIT", 3);
        m.put("SIGUSR2", 12);
        m.put("SIGPIPE", 13);
        m.put("SIGURG", 23);
        m.put("SIGPROF", 27);
        return m;
    }

    /** Prints one line a signal: {@code signal SIGSEGV when: owner[+onstack]}. */
    static void print(String when) throws IOException {
        if (!System.getProperty("os.arch").equals("amd64")) {
            throw new IllegalStateException("SignalTable reads the x86-64 kernel's struct sigaction");
        }
        String maps = Files.readString(Path.of("/proc/self/maps"));
        for (Map.Entry<String, Integer> s : SIGNALS.entrySet()) {
            System.out.println("signal " + s.getKey() + " " + when + ": " + describe(s.getValue(), maps));
        }
    }

    private static String describe(int signal, String maps) {
        try (Arena arena = Arena.ofConfined()) {
            // struct kernel_sigaction { void* handler; unsigned long flags; void* restorer; uint64_t mask; }
            MemorySegment old = arena.allocate(32);
            long rc = (long) SYSCALL.invokeExact(SYS_RT_SIGACTION, (long) signal, MemorySegment.NULL, old, 8L);
            if (rc != 0) {
                throw new IllegalStateException("rt_sigaction(" + signal + ") returned " + rc);
            }
            long handler = old.get(JAVA_LONG, 0);
            long flags = old.get(JAVA_LONG, 8);
            String owner = handler == 0 ? "default" : handler == 1 ? "ignore" : owner(handler, maps);
            return owner + ((flags & SA_ONSTACK) != 0 ? "+onstack" : "");
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** "go" for the lesson's library, "jvm" for libjvm.so, otherwise the file name. */
    private static String owner(long address, String maps) {
        for (String line : maps.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            String[] range = f[0].split("-");
            long lo = Long.parseUnsignedLong(range[0], 16);
            long hi = Long.parseUnsignedLong(range[1], 16);
            if (Long.compareUnsigned(address, lo) >= 0 && Long.compareUnsigned(address, hi) < 0) {
                String file = f.length > 5 ? Path.of(f[5]).getFileName().toString() : "anonymous";
                return file.equals("libtworuntimes.so") ? "go" : file.equals("libjvm.so") ? "jvm" : file;
            }
        }
        return "unmapped";
    }
}
