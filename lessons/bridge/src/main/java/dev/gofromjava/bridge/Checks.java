package dev.gofromjava.bridge;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.Objects;

/**
 * What a binding checks before Go sees an argument, for every lesson and both bindings. Go gets
 * addresses and counts and trusts them: past these checks, a bad count is a read or write outside
 * the caller's memory. Each check throws the exception the JDK would (NullPointerException,
 * IndexOutOfBoundsException, IllegalArgumentException, IllegalStateException, WrongThreadException)
 * with a message that names the argument and says what to pass instead. Null checks need no
 * helper: {@code Objects.requireNonNull(x, "x must not be null: ...")}.
 */
public final class Checks {
    private Checks() {}

    /** {@code n}, after checking that it is not negative. */
    public static long count(long n, String name) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + n);
        }
        return n;
    }

    /**
     * That {@code n} {@code unit} from {@code offset} fit in the array {@code name} of {@code
     * length} elements (and that the offset lies in it); the messages say by how much they do not.
     */
    public static void fits(String name, int length, int offset, long n, String unit) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException(name + "Offset " + offset + " is outside " + name
                    + " (length " + length + ")");
        }
        if (n > length - offset) {
            throw new IndexOutOfBoundsException("n = " + n + " " + unit + " from " + name + "Offset " + offset
                    + " do not fit in " + name + " (length " + length + "): pass n <= " + (length - offset)
                    + " or a bigger array");
        }
    }

    /** That the first {@code n} {@code unit} of the array {@code name} of {@code length} elements exist. */
    public static void fits(String name, int length, long n, String unit) {
        if (n > length) {
            throw new IndexOutOfBoundsException("n = " + n + " " + unit + " do not fit in " + name + " (length "
                    + length + "): pass n <= " + length + " or a bigger array");
        }
    }

    /**
     * That Go may read {@code n} values of {@code element} at the start of {@code s}: the segment
     * is usable ({@link #usable}), holds them (divided, never multiplied: no overflow) and starts
     * at an address aligned as the C type must be.
     */
    public static void elements(String name, MemorySegment s, long n, ValueLayout element) {
        usable(name, s);
        String unit = element.carrier().getSimpleName() + "s";
        long capacity = s.byteSize() / element.byteSize();
        if (n > capacity) {
            throw new IndexOutOfBoundsException("n = " + n + " " + unit + " do not fit in " + name + " ("
                    + s.byteSize() + " bytes, room for " + capacity + "): pass n <= " + capacity
                    + " or a bigger segment");
        }
        try {
            s.asSlice(0, 0, element.byteAlignment()); // the JDK's own check: throws unless s starts aligned
        } catch (IllegalArgumentException e) {
            String layout = "JAVA_" + element.carrier().getSimpleName().toUpperCase();
            throw new IllegalArgumentException(name + " is not " + element.byteAlignment() + "-byte aligned, as C "
                    + unit + " must be: allocate it with " + layout + " or slice it at a multiple of "
                    + element.byteAlignment(), e);
        }
    }

    /** That {@code s}'s arena is still open and this thread may use it. */
    public static void usable(String name, MemorySegment s) {
        if (!s.scope().isAlive()) {
            throw new IllegalStateException(name + " is already closed: its arena was closed before the call");
        }
        if (!s.isAccessibleBy(Thread.currentThread())) {
            throw new WrongThreadException(name + " belongs to a confined arena of another thread;"
                    + " use a shared arena to pass it between threads");
        }
    }

    /** That Go may write into {@code s}. */
    public static void writable(String name, MemorySegment s) {
        if (s.isReadOnly()) {
            throw new IllegalArgumentException(name + " is read-only: pass a writable segment");
        }
    }

    /** That Go may write into {@code out}: native, writable, usable by this thread. */
    public static void output(MemorySegment out, String name) {
        Objects.requireNonNull(out, () -> name + " must not be null: pass a native segment, e.g. arena.allocate(size)");
        if (!out.isNative()) {
            throw new IllegalArgumentException(name + " is a heap segment: Go can only write into native memory;"
                    + " allocate it with an Arena");
        }
        writable(name, out);
        usable(name, out);
    }

    /**
     * The remaining longs of {@code nums} (position to limit) as a segment Go may read and write
     * as native int64 values: writable, in this machine's byte order, over native memory or a
     * {@code long[]}, aligned.
     */
    public static MemorySegment longs(LongBuffer nums, String name) {
        Objects.requireNonNull(nums, () -> name + " must not be null");
        if (nums.isReadOnly()) {
            throw new IllegalArgumentException(name + " is read-only: Go would write into it anyway");
        }
        if (nums.order() != ByteOrder.nativeOrder()) {
            throw new IllegalArgumentException(name + " is " + nums.order() + " but Go reads "
                    + ByteOrder.nativeOrder() + " longs: create it with "
                    + "ByteBuffer.allocateDirect(8 * n).order(ByteOrder.nativeOrder()).asLongBuffer()");
        }
        if (!nums.isDirect() && !nums.hasArray()) {
            throw new IllegalArgumentException(name + " is a view of a heap ByteBuffer, not a long[]: "
                    + "use LongBuffer.wrap(long[]) or a direct buffer");
        }
        MemorySegment remaining = MemorySegment.ofBuffer(nums);
        elements(name, remaining, nums.remaining(), ValueLayout.JAVA_LONG);
        return remaining;
    }

    /** That a heap segment {@code s} wraps an array of {@code type}: Go reads its elements as that C type. */
    public static void heapArrayOf(String name, MemorySegment s, Class<?> type) {
        if (!s.isNative() && !type.isInstance(s.heapBase().orElse(null))) {
            throw new IllegalArgumentException(name + " is a heap segment, so it must wrap a " + type.getSimpleName()
                    + " (MemorySegment.ofArray(" + type.getSimpleName() + ")), not "
                    + s.heapBase().map(o -> o.getClass().getSimpleName()).orElse("nothing"));
        }
    }

    /**
     * The length of {@code s} in bytes of UTF-8, after checking that it can cross as a C string:
     * not null, no NUL inside (C, and Go's {@code C.GoString}, would stop reading there), no
     * unpaired surrogate (it has no UTF-8 form; the encoders would silently put a '?' in its place).
     */
    public static int utf8Length(String s, String name) {
        Objects.requireNonNull(s, () -> name + " must not be null");
        int nul = s.indexOf('\0'); // first: a NUL cuts the string wherever it is
        if (nul >= 0) {
            throw new IllegalArgumentException(name + " holds a NUL character at index " + nul
                    + ": a C string ends at its first NUL, so Go would see only " + nul
                    + " chars of it; remove the NUL (or pass bytes and a length instead of a C string)");
        }
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4; // one code point outside the BMP: two chars in Java, four bytes in UTF-8
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " holds an unpaired surrogate (U+" + Integer.toHexString(c)
                        .toUpperCase() + ") at index " + i + ": it has no UTF-8 form; fix the string before sending it");
            } else {
                bytes += 3;
            }
        }
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + " is " + bytes + " bytes of UTF-8: too long for one C string here");
        }
        return (int) bytes;
    }

    /**
     * A checked copy of {@code strings}, each one a C string ({@link #utf8Length}) and none null;
     * {@code whyNoNull} says what a null element would do. The copy is what crosses: the caller's
     * array is read once, so a thread changing it during the call cannot slip a null past the check.
     */
    public static String[] cStrings(String[] strings, String name, String whyNoNull) {
        String[] copy = strings.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException(name + "[" + i + "] is null: " + whyNoNull.replace("{i}", String.valueOf(i)));
            }
            utf8Length(copy[i], name + "[" + i + "]");
        }
        return copy;
    }

    /** That {@code a} and {@code b} have the same length, for {@code what} (the call that needs it). */
    public static void sameLength(double[] a, double[] b, String what) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        if (a.length != b.length) {
            throw new IllegalArgumentException(what + " needs arrays of the same length, got " + a.length + " and " + b.length);
        }
    }

    /** That {@code values} is not empty; {@code why} says what needs an element. */
    public static void notEmpty(double[] values, String why) {
        Objects.requireNonNull(values, "values must not be null");
        if (values.length == 0) {
            throw new IllegalArgumentException(why + ": the array must not be empty");
        }
    }
}
