package dev.gofromjava.handles;

import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoStatus;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@link WordIndexes} with JNA, by direct mapping. A snapshot is Go's memory as a {@link Pointer}
 * that never leaves this class: {@link WordSnapshot} reads through it while open, and refuses after
 * close, since a JNA pointer itself cannot be invalidated.
 */
public final class WordIndexesJna implements WordIndexes {
    // docs:begin jna
    /** The exports of libhandles.so, bound once when this class initialises. A handle is a long. */
    static final class HandlesLibrary {
        static {
            JnaLoader.register(HandlesLibrary.class, "handles");
        }

        static native long newIndex();                                                      // GoUintptr newIndex(void)
        static native long indexAdd(long handle, String text, Pointer errOut, long errN);   // GoInt64 (GoUintptr, char*, char*, GoInt64)
        static native long indexTop(long handle, long k, Pointer out, long outN, Pointer errOut, long errN);
        // GoInt64 indexTop(GoUintptr handle, GoInt64 k, char* out, GoInt64 outN, char* errOut, GoInt64 errN)
        static native long indexFree(long handle, Pointer errOut, long errN);               // GoInt64 (GoUintptr, char*, GoInt64)
        static native long indexSnapshot(long handle, Pointer data, Pointer size, Pointer errOut, long errN);
        // GoUintptr indexSnapshot(GoUintptr handle, char** data, GoInt64* size, char* errOut, GoInt64 errN)
        static native long snapshotRelease(long snap, Pointer errOut, long errN);           // GoInt64 (GoUintptr, char*, GoInt64)
        static native long passNested(byte pinInner);                                      // GoInt64 passNested(GoUint8)

        private HandlesLibrary() {}
    }
    // docs:end jna

    @Override
    public long newHandle() {
        return checked("newIndex", HandlesLibrary.newIndex());
    }

    // docs:begin add
    @Override
    public long add(long handle, String text) {
        Checks.utf8Length(text, "text");
        return GoStatus.call("indexAdd", (message, n) -> HandlesLibrary.indexAdd(handle, text, message, n));
    }
    // docs:end add

    @Override
    public List<WordCount> top(long handle, long k) {
        Memory out = new Memory(256);
        try {
            long need = topInto(handle, k, out, out.size());
            while (need > out.size()) { // again, as big as Go asked: another thread may add words meanwhile
                out.close();
                out = new Memory(need);
                need = topInto(handle, k, out, out.size());
            }
            return WordCount.parseLines(out.getString(0, StandardCharsets.UTF_8.name()));
        } finally {
            out.close();
        }
    }

    @Override
    public long topInto(long handle, long k, MemorySegment out) {
        Checks.output(out, "out");
        return topInto(handle, k, new Pointer(out.address()), out.byteSize());
    }

    private static long topInto(long handle, long k, Pointer out, long outN) {
        return GoStatus.call("indexTop", (message, n) -> HandlesLibrary.indexTop(handle, k, out, outN, message, n));
    }

    @Override
    public void free(long handle) {
        GoStatus.call("indexFree", (message, n) -> HandlesLibrary.indexFree(handle, message, n));
    }

    // docs:begin snapshot
    @Override
    public WordSnapshot snapshot(long handle) {
        Pointer data;
        long size;
        long snap;
        try (Memory dataCell = new Memory(Native.POINTER_SIZE); Memory sizeCell = new Memory(8);
                Memory message = new Memory(GoStatus.MESSAGE_CAPACITY)) {
            dataCell.clear(); // Go asks for zeros: JNA's Memory is not cleared
            snap = checked("indexSnapshot", HandlesLibrary.indexSnapshot(handle, dataCell, sizeCell, message, message.size()));
            if (snap == 0) {
                throw new GoErrorException("indexSnapshot", message.getString(0, StandardCharsets.UTF_8.name()));
            }
            data = dataCell.getPointer(0);
            size = sizeCell.getLong(0);
        }
        return new WordSnapshot(new WordSnapshot.Lent() {
            public byte get(long offset) {
                return data.getByte(offset);
            }

            public byte[] copy(int n) {
                return data.getByteArray(0, n);
            }

            public void release() {
                GoStatus.call("snapshotRelease", (message, n) -> HandlesLibrary.snapshotRelease(snap, message, n));
            }
        }, snap, size);
    }
    // docs:end snapshot

    @Override
    public long passNested(boolean pinInner) {
        return checked("passNested", HandlesLibrary.passNested((byte) (pinInner ? 1 : 0)));
    }

    @Override
    public String toString() {
        return "JNA";
    }
}
