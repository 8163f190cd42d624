package dev.gofromjava.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Go library shipped inside a jar, as a resource per platform ({@link NativePlatform#resource}),
 * copied to a file so that FFM and JNA can open it by path (lesson 14).
 *
 * <p>The file lives in a cache directory that only this user can use: {@value #CACHE_PROPERTY},
 * or {@code gofromjava-USER} under {@code java.io.tmpdir}. On POSIX file systems it is created
 * owner-only (0700), and used only if it is a real directory (not a link), owned by this user,
 * with no permission for group or others; anything else is refused, since whoever can write there
 * could swap the library the JVM is about to load. Each library version gets a folder named by the
 * SHA-256 of its bytes, so JVMs running different versions never share a file. The file is
 * written under a temporary name and renamed into place atomically: a JVM starting at the same
 * time sees either no file or the whole file, never a half-written one. An existing file is used
 * only if its bytes hash to the same digest.
 */
public final class BundledLibrary {
    /** The system property that names the cache directory. */
    public static final String CACHE_PROPERTY = "gofromjava.native.cache";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private BundledLibrary() {}

    /**
     * The file of library {@code name} for this platform, taken from the resources of
     * {@code owner}'s class loader; extracted once per JVM, however many threads ask.
     *
     * @throws GoLibraryException if the jar has no library for this platform (the message names
     *     the platform and those the jar has), or the cache directory is not private
     */
    public static Path extract(Class<?> owner, String name) {
        return EXTRACTED.computeIfAbsent(name, n ->
                extract(owner.getClassLoader(), n, NativePlatform.current(), cacheDirectory()));
    }

    /** The cache directory: {@value #CACHE_PROPERTY}, or {@code gofromjava-USER} in the temporary directory. */
    public static Path cacheDirectory() {
        String set = System.getProperty(CACHE_PROPERTY, "");
        return set.isEmpty()
                ? Path.of(System.getProperty("java.io.tmpdir"), "gofromjava-" + System.getProperty("user.name"))
                : Path.of(set);
    }

    // docs:begin extract
    /** {@link #extract(Class, String)} for a given platform and cache directory, without the per-JVM memo. */
    public static Path extract(ClassLoader loader, String name, NativePlatform platform, Path cache) {
        byte[] library = read(loader, name, platform);
        byte[] digest = sha256(library);
        try {
            Path folder = privateDirectory(privateDirectory(cache).resolve(HexFormat.of().formatHex(digest, 0, 16)));
            refuseNoexec(folder, name);
            Path target = folder.resolve(platform.libraryFile(name));
            if (holds(target, digest)) {
                return target;
            }
            Path part = Files.createTempFile(folder, platform.libraryFile(name) + ".", ".part", ownerOnly(folder));
            try {
                Files.write(part, library);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // Another JVM may hold the file open where that forbids replacing it (Windows):
                // its copy is as good as ours if its bytes are the same.
                if (e instanceof AtomicMoveNotSupportedException || !holds(target, digest)) {
                    throw e;
                }
            } finally {
                Files.deleteIfExists(part);
            }
            return target;
        } catch (IOException e) {
            throw new GoLibraryException("cannot extract Go library " + platform.resource(name) + " into " + cache
                    + ": " + e + ". Set -D" + CACHE_PROPERTY + " to a directory of your own.", e);
        }
    }
    // docs:end extract

    // docs:begin noexec
    /**
     * Fails, naming the setting that fixes it, when {@code folder} is on a file system mounted
     * noexec (a hardened /tmp, often): the dynamic loader cannot map a library's code from there,
     * and FFM would only say "Cannot open library". Linux only, from /proc/self/mountinfo.
     */
    private static void refuseNoexec(Path folder, String name) throws IOException {
        Path mountinfo = Path.of("/proc/self/mountinfo");
        if (!Files.isReadable(mountinfo)) {
            return;
        }
        Optional<String> mount = noexecMount(folder.toRealPath(), Files.readAllLines(mountinfo));
        if (mount.isPresent()) {
            throw new GoLibraryException("will not extract Go library '" + name + "' into " + folder + ": the file system"
                    + " mounted at " + mount.get() + " is mounted noexec, so no library there can be loaded. Set -D"
                    + CACHE_PROPERTY + " to a directory on a file system mounted with exec (or -Djava.io.tmpdir, which the"
                    + " default cache directory is in).");
        }
    }

    /**
     * The mount point of the mount that holds {@code path} (a real path), if it is mounted noexec;
     * {@code mountinfo} is /proc/self/mountinfo's lines. The mount whose mount point is the longest
     * prefix of the path holds it; of several at one point, the last one listed, mounted on top.
     */
    static Optional<String> noexecMount(Path path, List<String> mountinfo) {
        String best = null;
        boolean noexec = false;
        for (String line : mountinfo) {
            String[] fields = line.split(" ");
            if (fields.length < 6) {
                continue;
            }
            String point = unescape(fields[4]);
            if (path.startsWith(Path.of(point)) && (best == null || point.length() >= best.length())) {
                best = point;
                noexec = List.of(fields[5].split(",")).contains("noexec");
            }
        }
        return noexec ? Optional.of(best) : Optional.empty();
    }
    // docs:end noexec

    /** A mountinfo field with its octal escapes (\040 for a space) decoded. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).chars().allMatch(d -> d >= '0' && d <= '7')) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The platforms whose library {@code name} the class loader's jar carries. */
    public static List<NativePlatform> packaged(ClassLoader loader, String name) {
        List<NativePlatform> out = new ArrayList<>();
        for (NativePlatform p : NativePlatform.KNOWN) {
            if (loader.getResource(p.resource(name)) != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static byte[] read(ClassLoader loader, String name, NativePlatform platform) {
        try (InputStream in = loader.getResourceAsStream(platform.resource(name))) {
            if (in == null) {
                List<String> have = packaged(loader, name).stream().map(NativePlatform::id).toList();
                throw new GoLibraryException("no Go library '" + name + "' for this platform, " + platform.id()
                        + " (os.name=" + System.getProperty("os.name") + ", os.arch=" + System.getProperty("os.arch")
                        + "): the jar has it for " + (have.isEmpty() ? "no platform" : String.join(", ", have))
                        + ". Build it for " + platform.id() + " and add it to the jar as " + platform.resource(name) + ".");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + platform.resource(name), e);
        }
    }

    // docs:begin private
    /**
     * {@code dir}, created owner-only if missing; on POSIX file systems it must be a directory
     * (not a link to one), owned by this user, with no permission for group or others.
     */
    static Path privateDirectory(Path dir) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            return Files.createDirectories(dir); // Windows: the temporary directory is per user
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // made by us earlier, by another JVM of ours, or by someone else: checked below
        }
        PosixFileAttributes seen = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal me = seen.isDirectory() ? whoCreatesFilesIn(dir) : null;
        String problem = !seen.isDirectory() ? "is not a directory (a symbolic link, or a file)"
                : me == null ? "belongs to " + seen.owner().getName() + ", and this process cannot create files in it"
                : !seen.owner().equals(me) ? "belongs to " + seen.owner().getName() + ", not to " + me.getName()
                : !OWNER_ONLY.containsAll(seen.permissions())
                        ? "is open to others (" + PosixFilePermissions.toString(seen.permissions()) + ")"
                : null;
        if (problem != null) {
            throw new GoLibraryException("will not load a Go library from " + dir + ": it " + problem
                    + ", so someone else could replace the library. Remove it, or set -D" + CACHE_PROPERTY
                    + " to a directory only you can write.");
        }
        return dir;
    }
    // docs:end private

    /**
     * The owner of a file this process creates in {@code dir}, or null when it cannot create one.
     * Not a lookup of {@code user.name}: a container may run under a user id that has no name.
     */
    private static UserPrincipal whoCreatesFilesIn(Path dir) throws IOException {
        Path probe;
        try {
            probe = Files.createTempFile(dir, ".owner", ".probe", ownerOnly(dir));
        } catch (java.nio.file.AccessDeniedException e) {
            return null;
        }
        try {
            return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static boolean holds(Path file, byte[] digest) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(sha256(Files.readAllBytes(file)), digest);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
