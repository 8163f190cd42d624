package dev.gofromjava.stringarrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import org.junit.jupiter.api.Test;

/** Two things about JNA's StringArray that the binding works around, shown on their own. */
class JnaStringArrayTest {
    private static final String JNA_ENCODING = "jna.encoding";

    /** The bytes of the first string in a char**. */
    private static byte[] firstString(Pointer array) {
        Pointer s = array.getPointer(0);
        int n = 0;
        while (s.getByte(n) != 0) {
            n++;
        }
        return s.getByteArray(0, n);
    }

    // docs:begin encoding
    /**
     * {@code new StringArray(strs)} encodes with JNA's default encoding (the locale's, or
     * {@code -Djna.encoding}), not with the UTF-8 the library was loaded with. Here the default
     * is made US-ASCII, as under {@code LC_ALL=C}: "hé" becomes "h?" unless UTF-8 is named.
     */
    @Test
    void stringArrayIgnoresTheLibraryEncoding() {
        String saved = System.getProperty(JNA_ENCODING);
        System.setProperty(JNA_ENCODING, "US-ASCII");
        try {
            assertEquals("US-ASCII", Native.getDefaultStringEncoding());
            try (StringArray plain = new StringArray(new String[] {"hé"});
                 StringArray utf8 = new StringArray(new String[] {"hé"}, "UTF-8")) {
                assertArrayEquals(new byte[] {'h', '?'}, firstString(plain));
                assertArrayEquals(new byte[] {'h', (byte) 0xc3, (byte) 0xa9}, firstString(utf8));
            }
            // The binding names UTF-8, and JNA converts the String sep with the library's option:
            assertEquals("hé·é", new StringArraysJna().joinCounted(new String[] {"hé", "é"}, "·"));
        } finally {
            if (saved == null) {
                System.clearProperty(JNA_ENCODING);
            } else {
                System.setProperty(JNA_ENCODING, saved);
            }
        }
    }
    // docs:end encoding

    // docs:begin writeback
    /**
     * After every call, JNA reads the strings of a StringArray argument back into the Java array
     * it was made from. A string that did not survive the trip (here a lone surrogate, sent as
     * '?') comes back changed, in the caller's own array: the binding therefore hands JNA a copy.
     */
    @Test
    void stringArrayWritesBackIntoItsSourceArray() {
        String[] strs = {"ok", "a\uD800"};
        String before = strs[0];
        try (StringArray array = new StringArray(strs, "UTF-8")) {
            assertEquals("ok,a?".length() + 1, StringArraysJna.LIB.joinCountedSize(array, 2, ",")); // Go got "a?"
        }
        assertEquals("a?", strs[1]);      // changed by JNA, after Go returned
        assertNotSame(before, strs[0]);   // even an unchanged string is a new object
        assertEquals("ok", strs[0]);
    }
    // docs:end writeback
}
