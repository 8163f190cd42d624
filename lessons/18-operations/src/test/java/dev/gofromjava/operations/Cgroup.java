package dev.gofromjava.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cgroup v1 of the tests' own, with a CPU quota or a memory limit, that a child JVM starts in
 * ({@link #prefix}). Creating one needs root and the controller mounted at /sys/fs/cgroup/cpu or
 * /sys/fs/cgroup/memory; {@link #unavailable} says why not. A memory cgroup is made inside the one
 * this JVM runs in, so that whatever limits that one has still apply.
 */
final class Cgroup implements AutoCloseable {
    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Path dir;

    private Cgroup(Path dir) {
        this.dir = dir;
    }

    /** Why a cgroup of {@code controller} ("cpu" or "memory") cannot be made here, or empty when it can. */
    static Optional<String> unavailable(String controller) {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return Optional.of("cgroups are Linux's");
        }
        if (!isRoot()) {
            return Optional.of("making a cgroup needs root");
        }
        String file = controller.equals("cpu") ? "cpu.cfs_quota_us" : "memory.limit_in_bytes";
        if (!Files.isRegularFile(ROOT.resolve(controller).resolve(file))) {
            return Optional.of("no cgroup v1 " + controller + " controller at " + ROOT.resolve(controller)
                    + " (cgroup v2 is not handled by these tests)");
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .anyMatch(l -> l.matches("Uid:\\s+0\\s.*"));
        } catch (IOException e) {
            return false;
        }
    }

    /** A cgroup whose processes may use {@code cpus} CPUs' worth of time (quota / period); {@code cpus <= 0}: no quota. */
    static Cgroup cpu(double cpus) throws IOException {
        Cgroup g = create(ROOT.resolve("cpu"));
        Files.writeString(g.dir.resolve("cpu.cfs_period_us"), "100000");
        Files.writeString(g.dir.resolve("cpu.cfs_quota_us"), cpus <= 0 ? "-1" : Long.toString(Math.round(cpus * 100_000)));
        return g;
    }

    /** A cgroup whose processes may use {@code bytes} of memory, swap included. */
    static Cgroup memory(long bytes) throws IOException {
        String self = Files.readAllLines(Path.of("/proc/self/cgroup")).stream()
                .filter(l -> l.split(":")[1].equals("memory")).map(l -> l.split(":", 3)[2]).findFirst().orElse("/");
        Cgroup g = create(ROOT.resolve("memory").resolve(self.substring(1)));
        Files.writeString(g.dir.resolve("memory.limit_in_bytes"), Long.toString(bytes));
        Path swap = g.dir.resolve("memory.memsw.limit_in_bytes");
        if (Files.exists(swap)) {
            Files.writeString(swap, Long.toString(bytes));
        }
        return g;
    }

    private static Cgroup create(Path parent) throws IOException {
        Path dir = parent.resolve("gofromjava-test-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet());
        Files.createDirectory(dir);
        return new Cgroup(dir);
    }

    /** What goes before {@code java}: a shell that moves itself into this cgroup, then becomes the JVM. */
    String[] prefix() {
        return new String[] {"sh", "-c", "echo $$ > '" + dir.resolve("cgroup.procs") + "' && exec \"$0\" \"$@\""};
    }

    /** How many times the kernel's OOM killer killed a process of this cgroup. */
    long oomKills() throws IOException {
        return Files.readAllLines(dir.resolve("memory.oom_control")).stream().filter(l -> l.startsWith("oom_kill "))
                .mapToLong(l -> Long.parseLong(l.substring("oom_kill ".length()))).findFirst().orElse(0);
    }

    /** Removes the cgroup, once the kernel has seen its last process go. */
    @Override
    public void close() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                Files.delete(dir); // rmdir: refused while a process is still in it
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(20); // between polls of the kernel's bookkeeping
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
