package dev.gofromjava.handles;

import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoPanicException;

/**
 * An index of two lines, its top words and its snapshot read in place; then the index used after
 * close, freed twice and forged, and C handed an unpinned Go pointer.
 */
public final class WordIndexesDemo {
    private WordIndexesDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        WordIndexes go = switch (String.join(" ", args)) {
            case "ffm" -> new WordIndexesFfm();
            case "jna" -> new WordIndexesJna();
            default -> throw new IllegalArgumentException("usage: WordIndexesDemo ffm|jna");
        };
        WordIndex index = go.newIndex();
        try (index) {
            System.out.println("add(\"the cat sat on the mat\") = " + index.add("the cat sat on the mat") + " words");
            System.out.println("add(\"the dog sat\") = " + index.add("the dog sat") + " words");
            System.out.println("top(3) = " + index.top(3));
            try (WordSnapshot snapshot = index.snapshot()) {
                System.out.println("snapshot: " + snapshot.byteSize() + " bytes of Go's memory, first byte '"
                        + (char) snapshot.byteAt(0) + "'");
                System.out.println("snapshot entries = " + snapshot.entries());
            }
        }
        try {
            index.add("more");
        } catch (IllegalStateException e) {
            System.out.println("after close: " + e.getMessage());
        }
        try {
            go.free(index.handle()); // past the wrapper: Go itself refuses the freed handle
        } catch (GoErrorException e) {
            System.out.println("freed twice: " + e.getMessage());
        }
        try {
            go.add(12345, "forged");
        } catch (GoErrorException e) {
            System.out.println("forged handle: " + e.getMessage());
        }
        System.out.println("passNested(pinned) = " + go.passNested(true));
        try {
            go.passNested(false);
        } catch (GoPanicException e) {
            // Go 1.25 and 1.26 word the start of cgo's message differently; the end is the same.
            String message = e.goMessage();
            System.out.println("passNested(unpinned) panicked: ..." + message.substring(message.indexOf(" has Go pointer")));
        }
    }
    // docs:end demo
}
