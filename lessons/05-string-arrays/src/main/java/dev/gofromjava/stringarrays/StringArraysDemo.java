package dev.gofromjava.stringarrays;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The article's {@code join(["yab", "dab", "doo!"], "a")}, printed by Go, then the buffer and the
 * counted forms. Run with {@code ffm} or {@code jna}.
 *
 * <p>Java prints only ASCII here: {@code System.out} encodes for the locale, which may not be
 * UTF-8. Go writes the bytes it has, UTF-8, so the non-ASCII line comes from Go.
 */
public final class StringArraysDemo {
    private StringArraysDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        StringArrays go = switch (String.join(" ", args)) {
            case "ffm" -> new StringArraysFfm();
            case "jna" -> new StringArraysJna();
            default -> throw new IllegalArgumentException("usage: StringArraysDemo ffm|jna");
        };
        String[] words = {"yab", "dab", "doo!"};
        System.out.print("Go prints: ");
        go.join(words, "a");

        String[] greetings = {"Grüße", "привет", "🙂"};
        System.out.print("Go prints: ");
        go.join(greetings, " · ");
        System.out.println("that line is " + (go.joinCountedSize(greetings, " · ") - 1) + " bytes of UTF-8");

        System.out.println("joinSize: " + go.joinSize(words, "a") + " bytes, the NUL included");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment big = arena.allocate(32);
            MemorySegment small = arena.allocate(8);
            System.out.println("joinInto 32 bytes: " + go.joinInto(words, "a", big) + ", \"" + big.getString(0) + "\"");
            System.out.println("joinInto 8 bytes: " + go.joinInto(words, "a", small) + ", \"" + small.getString(0) + "\"");
        }
        System.out.println("joinCounted: " + go.joinCounted(new String[] {"a", "", "b,c"}, ","));
        try {
            go.joinCounted(new String[] {"yab", null, "doo!"}, "a");
        } catch (NullPointerException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
    // docs:end demo
}
