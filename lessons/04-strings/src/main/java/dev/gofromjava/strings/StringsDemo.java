package dev.gofromjava.strings;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gofromjava.bridge.BufferTooSmallException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

/** The article's Badger and Snake through one reused buffer, then what the article did not cover. */
public final class StringsDemo {
    private StringsDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Strings go = switch (String.join(" ", args)) {
            case "ffm" -> new StringsFfm();
            case "jna" -> new StringsJna();
            default -> throw new IllegalArgumentException("usage: StringsDemo ffm|jna");
        };
        // UTF-8 out, whatever the locale says (under LC_ALL=C, System.out would print '?').
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);

        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(1000); // the article's reusable buffer
            out.println("Badger * 4 = " + go.repeat("Badger", 4, buf));
            out.println("Snake * 5 = " + go.repeat("Snake", 5, buf));

            MemorySegment small = arena.allocate(16);
            try {
                go.repeat("Badger", 4, small);
            } catch (BufferTooSmallException e) {
                out.println("Badger * 4 in 16 bytes: needs " + e.needed() + ", buffer now holds \""
                        + small.getString(0) + "\"");
            }
        }

        for (String s : List.of("Ёж", "世界", "🙂")) {
            String r = go.repeat(s, 3); // sized by asking Go first
            out.println(s + " * 3 = " + r + " (" + r.length() + " chars, "
                    + Strings.bytesNeeded(s, 3) + " bytes with the NUL)");
        }

        try {
            go.repeat("Bad\0ger", 2);
        } catch (IllegalArgumentException e) {
            out.println("\"Bad\\0ger\" refused: " + e.getMessage().substring(0, e.getMessage().indexOf(':')));
        }
    }
    // docs:end demo
}
