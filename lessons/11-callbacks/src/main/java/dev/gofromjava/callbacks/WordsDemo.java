package dev.gofromjava.callbacks;

import dev.gofromjava.bridge.GoErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Go walks a sentence and calls Java per word: in order, stopped, failing; then from goroutines. */
public final class WordsDemo {
    private WordsDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Words go = switch (String.join(" ", args)) {
            case "ffm" -> new WordsFfm();
            case "jna" -> new WordsJna();
            default -> throw new IllegalArgumentException("usage: WordsDemo ffm|jna");
        };
        String text = "the quick brown fox\tjumps over\u3000the lazy dog";
        long caller = go.osThread();

        List<String> seen = new ArrayList<>();
        int visits = go.walk(text, word -> seen.add(word.index() + ":" + word.text()));
        System.out.println("walk: " + visits + " visits " + seen);

        visits = go.walk(text, word -> !word.text().equals("fox"));
        System.out.println("stopped at fox: " + visits + " visits");

        try {
            go.walk(text, word -> {
                if (word.text().equals("brown")) {
                    throw new IllegalStateException("no brown today");
                }
                return true;
            });
        } catch (GoErrorException e) {
            System.out.println("thrown: " + e.getMessage() + "\n  cause: " + e.getCause());
        }

        Map<Integer, String> words = new ConcurrentHashMap<>();
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        Set<Boolean> daemons = ConcurrentHashMap.newKeySet();
        visits = go.walkParallel(text, 4, word -> {
            words.put(word.index(), word.text());
            threads.add(word.osThread());
            daemons.add(Thread.currentThread().isDaemon());
            return true;
        });
        System.out.println("walkParallel: " + visits + " visits " + new TreeMap<>(words));
        System.out.println("  on the caller's thread: " + threads.contains(caller) + "; on daemon threads: " + daemons);
    }
    // docs:end demo
}
