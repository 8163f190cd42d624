package dev.gofromjava.stringarrays;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators for lists of strings and a separator, shared by the properties. */
final class Inputs {
    private Inputs() {}

    /** A list of strings and a separator. toString quotes every string with Java escapes, so a failure is readable. */
    record Case(List<String> strs, String sep) {
        String[] array() {
            return strs.toArray(String[]::new);
        }

        String joined() {
            return String.join(sep, strs);
        }

        /** Bytes the buffer needs: the UTF-8 length of the joined string, plus the NUL. */
        int need() {
            return joined().getBytes(StandardCharsets.UTF_8).length + 1;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("strs=[");
            for (int i = 0; i < strs.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(quote(strs.get(i)));
            }
            return b.append("], sep=").append(quote(sep)).toString();
        }
    }

    /**
     * 0..100 strings of 0..6 code points, and a separator of 0..3. Code points come from ASCII
     * (often the separator's characters), control characters other than NUL, 2- and 3-byte UTF-8
     * (Latin, Cyrillic, CJK), and 4-byte UTF-8 (emoji and the rest of the supplementary planes).
     * Elements are sometimes the separator itself, or contain it.
     */
    @SuppressWarnings("unchecked")
    static Arbitrary<Case> cases() {
        return text(3).flatMap(sep -> {
            Arbitrary<String> element = Arbitraries.frequencyOf(
                    Tuple.of(6, text(6)),
                    Tuple.of(1, Arbitraries.just(sep)),
                    Tuple.of(1, Arbitraries.just("")),
                    Tuple.of(2, Combinators.combine(text(3), text(3)).as((a, b) -> a + sep + b)));
            return element.list().ofMaxSize(100).map(strs -> new Case(strs, sep));
        });
    }

    /** A string of 0..maxCodePoints code points, valid UTF-16 and free of NUL. */
    @SuppressWarnings("unchecked")
    static Arbitrary<String> text(int maxCodePoints) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(2, Arbitraries.of((int) ',', (int) ' ', (int) 'a', (int) '\n')),
                Tuple.of(1, Arbitraries.integers().between(0x01, 0x1f)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0x7ff)),
                Tuple.of(2, Arbitraries.integers().between(0x800, 0xffff)
                        .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)),
                Tuple.of(2, Arbitraries.integers().between(0x1f300, 0x1faff)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)));
        return codePoint.list().ofMaxSize(maxCodePoints)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\') {
                b.append((char) cp);
            } else if (cp == '"' || cp == '\\') {
                b.append('\\').append((char) cp);
            } else {
                b.append(String.format(cp > 0xffff ? "\\u{%x}" : "\\u%04x", cp));
            }
        });
        return b.append('"').toString();
    }
}
