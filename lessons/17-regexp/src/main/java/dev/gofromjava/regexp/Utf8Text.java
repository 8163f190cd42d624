package dev.gofromjava.regexp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A Java string as the UTF-8 bytes Go's regexp reads. Unlike a C string (lesson 04's
 * {@code CStrings}), the bytes cross with their length, so a NUL is an ordinary character here;
 * an unpaired surrogate is refused as lesson 04 refuses it, since it has no UTF-8 form and the
 * encoder would silently send a '?' in its place, to be matched as a '?'.
 */
final class Utf8Text {
    /**
     * Zero bytes the bindings put before and after every text they give Go. Go's assembly for
     * short searches and comparisons (internal/bytealg: indexbytebody, memeqbody) loads 8 or 16
     * bytes at a time and may read up to 15 bytes before or after a short slice, never across a
     * page: safe on the hardware, but outside a C block, which valgrind reports. With the padding
     * those loads stay inside the block and read defined bytes, and nothing needs suppressing.
     */
    static final int PAD = 16;

    private Utf8Text() {}

    // docs:begin encode
    /** {@code s} in UTF-8, after checking that every surrogate in it is half of a pair. */
    static byte[] encode(String s, String name) {
        Objects.requireNonNull(s, () -> name + " must not be null");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair: one code point outside the BMP
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " holds an unpaired surrogate (U+" + Integer.toHexString(c)
                        .toUpperCase() + ") at index " + i + ": it has no UTF-8 form; fix the string before sending it");
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
    // docs:end encode

    /** Texts for findEach: each in UTF-8, and where each starts when they are laid one after another. */
    record Packed(byte[][] texts, long[] offsets) {
        /** The bytes of all the texts together. */
        long size() {
            return offsets[texts.length];
        }
    }

    /** {@code texts}, each encoded as {@link #encode} does, with {@code texts.size() + 1} offsets, the last the total. */
    static Packed pack(List<String> texts) {
        byte[][] utf8 = new byte[texts.size()][];
        long[] offsets = new long[texts.size() + 1];
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = encode(texts.get(i), "texts[" + i + "]");
            offsets[i + 1] = offsets[i] + utf8[i].length;
        }
        return new Packed(utf8, offsets);
    }
}
