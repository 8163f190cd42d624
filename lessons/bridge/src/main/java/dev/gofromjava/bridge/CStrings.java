package dev.gofromjava.bridge;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** C strings Go wrote: how long they are, found without reading past them. (What crosses to Go is checked by {@link Checks}.) */
public final class CStrings {
    private CStrings() {}

    // docs:begin length
    /**
     * The number of bytes before the first NUL of the C string at {@code cString}, a zero-length
     * segment as a downcall returns a {@code char*}: read one byte at a time, never past the NUL.
     * Size the segment with it before reading the string: {@code getString} on a segment of
     * {@code Long.MAX_VALUE} bytes looks for the NUL 8 bytes at a time (JDK 25's
     * {@code StringSupport.strlenByte}), so its last read can run up to 7 bytes past the end of
     * the C block, which valgrind reports.
     */
    @SuppressWarnings("restricted") // reinterpret: the string's end is found, not assumed
    public static long byteLength(MemorySegment cString) {
        MemorySegment unbounded = cString.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (unbounded.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        return n;
    }
    // docs:end length
}
