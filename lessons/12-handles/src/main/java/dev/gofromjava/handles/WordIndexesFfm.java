package dev.gofromjava.handles;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bridge.GoStatus;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * {@link WordIndexes} with FFM. A handle is a {@code long}; Go's message for a failed call goes
 * into a buffer of the call's arena. A snapshot is Go's memory as a segment of an arena whose
 * closing gives it back to Go.
 */
public final class WordIndexesFfm implements WordIndexes {
    private static final GoLibrary LIB = GoLibrary.load("handles");

    // docs:begin handles
    // GoUintptr newIndex(void);
    private static final MethodHandle NEW_INDEX = LIB.downcall("newIndex", FunctionDescriptor.of(JAVA_LONG));
    // GoInt64 indexAdd(GoUintptr handle, char* text, char* errOut, GoInt64 errN);
    private static final MethodHandle INDEX_ADD =
            LIB.downcall("indexAdd", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    // GoInt64 indexTop(GoUintptr handle, GoInt64 k, char* out, GoInt64 outN, char* errOut, GoInt64 errN);
    private static final MethodHandle INDEX_TOP = LIB.downcall("indexTop",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 indexFree(GoUintptr handle, char* errOut, GoInt64 errN);
    private static final MethodHandle INDEX_FREE =
            LIB.downcall("indexFree", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoUintptr indexSnapshot(GoUintptr handle, char** data, GoInt64* size, char* errOut, GoInt64 errN);
    private static final MethodHandle INDEX_SNAPSHOT = LIB.downcall("indexSnapshot",
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG));
    // GoInt64 snapshotRelease(GoUintptr snap, char* errOut, GoInt64 errN);
    private static final MethodHandle SNAPSHOT_RELEASE =
            LIB.downcall("snapshotRelease", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG));
    // GoInt64 passNested(GoUint8 pinInner);
    private static final MethodHandle PASS_NESTED = LIB.downcall("passNested", FunctionDescriptor.of(JAVA_LONG, JAVA_BYTE));
    // docs:end handles

    @Override
    public long newHandle() {
        try {
            return (long) NEW_INDEX.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    // docs:begin add
    @Override
    public long add(long handle, String text) {
        Checks.utf8Length(text, "text");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cText = arena.allocateFrom(text);
            return GoStatus.call("indexAdd", arena, (message, n) -> (long) INDEX_ADD.invokeExact(handle, cText, message, n));
        }
    }
    // docs:end add

    // docs:begin top
    @Override
    public List<WordCount> top(long handle, long k) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(256);
            long need = topInto(handle, k, out);
            while (need > out.byteSize()) { // again, as big as Go asked: another thread may add words meanwhile
                out = arena.allocate(need);
                need = topInto(handle, k, out);
            }
            return WordCount.parseLines(out.getString(0));
        }
    }

    @Override
    public long topInto(long handle, long k, MemorySegment out) {
        Checks.output(out, "out");
        try (Arena arena = Arena.ofConfined()) {
            return GoStatus.call("indexTop", arena,
                    (message, n) -> (long) INDEX_TOP.invokeExact(handle, k, out, out.byteSize(), message, n));
        }
    }
    // docs:end top

    @Override
    public void free(long handle) {
        try (Arena arena = Arena.ofConfined()) {
            GoStatus.call("indexFree", arena, (message, n) -> (long) INDEX_FREE.invokeExact(handle, message, n));
        }
    }

    // docs:begin snapshot
    /**
     * The index's snapshot, as Go's own pinned memory in a segment of {@code arena}: closing the
     * arena gives it back to Go (snapshotRelease), and the segment can no longer be read. Read it,
     * never write it.
     */
    public MemorySegment snapshot(long handle, Arena arena) {
        return lend(handle, arena).data();
    }

    /** Go's snapshot handle, and its memory as a segment of {@code arena}. */
    private record Lent(long snap, MemorySegment data) {}

    @SuppressWarnings("restricted") // reinterpret: Go said how many bytes it lent
    private static Lent lend(long handle, Arena arena) {
        long snap;
        MemorySegment data;
        long size;
        try (Arena call = Arena.ofConfined()) {
            MemorySegment dataCell = call.allocate(ADDRESS); // zeroed, as Go asks
            MemorySegment sizeCell = call.allocate(JAVA_LONG);
            MemorySegment message = call.allocate(GoStatus.MESSAGE_CAPACITY);
            snap = (long) INDEX_SNAPSHOT.invokeExact(handle, dataCell, sizeCell, message, message.byteSize());
            if (snap == 0) {
                throw new GoErrorException("indexSnapshot", message.getString(0));
            }
            data = dataCell.get(ADDRESS, 0);
            size = sizeCell.get(JAVA_LONG, 0);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
        // docs:begin reinterpret
        try {
            // The cleanup runs once, when the arena closes; it holds the snapshot's number, nothing else.
            return new Lent(snap, data.reinterpret(size, arena, ignored -> release(snap)));
        } catch (RuntimeException | Error e) { // the arena was closed already: give the memory back now
            release(snap);
            throw e;
        }
        // docs:end reinterpret
    }

    private static void release(long snap) {
        try (Arena call = Arena.ofConfined()) {
            GoStatus.call("snapshotRelease", call, (message, n) -> (long) SNAPSHOT_RELEASE.invokeExact(snap, message, n));
        }
    }

    @Override
    public WordSnapshot snapshot(long handle) {
        Arena arena = Arena.ofShared(); // closed by WordSnapshot.close(), from any thread
        try {
            Lent lent = lend(handle, arena);
            MemorySegment data = lent.data();
            return new WordSnapshot(new WordSnapshot.Lent() {
                public byte get(long offset) {
                    return data.get(JAVA_BYTE, offset);
                }

                public byte[] copy(int size) {
                    return data.asSlice(0, size).toArray(JAVA_BYTE);
                }

                public void release() {
                    arena.close(); // runs the cleanup: snapshotRelease
                }
            }, lent.snap(), data.byteSize());
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }
    // docs:end snapshot

    @Override
    public long passNested(boolean pinInner) {
        try {
            return (long) PASS_NESTED.invokeExact((byte) (pinInner ? 1 : 0));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
