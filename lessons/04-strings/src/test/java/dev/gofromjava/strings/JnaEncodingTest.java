package dev.gofromjava.strings;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.gofromjava.bridge.NativePaths;
import dev.gofromjava.testkit.Demos;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JNA's default string encoding follows the locale; the lesson's binding sets UTF-8 itself
 * (JnaLoader.OPTIONS). Proved in a JVM started under LC_ALL=C, where a JNA binding left to its
 * defaults sends Go '?' for every non-ASCII code point, and ours sends the UTF-8 bytes.
 */
class JnaEncodingTest {
    static final String TEXT = "Ёж世界🙂"; // 2 + 2 + 3 + 3 + 4 bytes of UTF-8, 5 code points

    /** Runs in the child JVM; prints ASCII only, so the child's own stdout encoding cannot interfere. */
    static final class Probe {
        /** The same export, bound by JNA with its defaults: no string encoding option. */
        public interface Unconfigured extends Library {
            long repeatSize(String s, long n);
        }

        public static void main(String[] args) {
            Unconfigured defaults = Native.load(NativePaths.library("strings").toString(), Unconfigured.class);
            System.out.println("System.out: " + System.out.charset());
            System.out.println("default encoding: " + Native.getDefaultStringEncoding());
            System.out.println("JNA defaults send: " + (defaults.repeatSize(TEXT, 1) - 1) + " bytes");
            System.out.println("the lesson sends: " + (StringsJna.StringsLibrary.repeatSize(TEXT, 1) - 1) + " bytes");
            System.out.println("round trip: " + HexFormat.of().formatHex(new StringsJna().repeat(TEXT, 2).getBytes(UTF_8)));
        }
    }

    // docs:begin locale
    @Test
    void utf8EvenUnderTheCLocale() throws Exception {
        List<String> lines = runUnderCLocale(Probe.class);
        assertEquals(List.of(
                "System.out: US-ASCII",                  // why the demo prints through its own UTF-8 stream
                "default encoding: US-ASCII",            // what LC_ALL=C gives JNA
                "JNA defaults send: 5 bytes",            // "?????": one '?' per code point
                "the lesson sends: 14 bytes",            // the UTF-8 of TEXT
                "round trip: " + HexFormat.of().formatHex(TEXT.repeat(2).getBytes(UTF_8))), lines);
    }
    // docs:end locale

    /** The demo's own UTF-8 stream and the UTF-8 set for JNA make its output independent of the locale. */
    @ParameterizedTest
    @ValueSource(strings = {"ffm", "jna"})
    void demoPrintsTheSameUnderTheCLocale(String binding) throws Exception {
        assertEquals(Demos.expectedOutput().lines().toList(), runUnderCLocale(StringsDemo.class, binding));
    }

    private static List<String> runUnderCLocale(Class<?> main, String... args) throws IOException, InterruptedException {
        Demos.Run run = Demos.start(Demos.lessonFlags(), env -> {
            env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
            env.put("LC_ALL", "C");
        }, main, args);
        assertEquals(0, run.exit(), () -> run.out() + run.err());
        return run.out().lines().toList();
    }
}
