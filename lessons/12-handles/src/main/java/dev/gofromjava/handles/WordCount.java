package dev.gofromjava.handles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A word and how often the index has seen it. */
public record WordCount(String word, long count) {
    public WordCount {
        Objects.requireNonNull(word, "word");
    }

    @Override
    public String toString() {
        return word + " " + count;
    }

    /**
     * The entries of Go's text: lines of "word count", separated (top) or each ended (snapshot) by
     * "\n". A word holds no ASCII white space, so the last space on a line starts the count.
     */
    static List<WordCount> parseLines(String text) {
        List<WordCount> entries = new ArrayList<>();
        for (String line : text.split("\n")) { // split drops the empty string after a final "\n"
            if (line.isEmpty()) {
                continue; // the whole text was ""
            }
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                throw new IllegalStateException("Go's line is not \"word count\": " + line);
            }
            entries.add(new WordCount(line.substring(0, space), Long.parseLong(line.substring(space + 1))));
        }
        return List.copyOf(entries);
    }
}
