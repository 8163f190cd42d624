package dev.gofromjava.callbacks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the JVM makes of Go's threads, reported by a JVM of its own (so no earlier test has
 * attached them): {@code ffm}, {@code jna} (the binding's thread initializer) or {@code
 * jna-default} (none). Two parallel walks of 400 words each, 4 goroutines; every visit notes its
 * OS thread and the Java {@link Thread} it runs in.
 */
final class CallbackThreads {
    /** One visit: the OS thread it ran on, and the Java thread the JVM gave it. */
    private record Visit(long osThread, Thread thread) {}

    private CallbackThreads() {}

    public static void main(String[] args) {
        Words go = switch (args[0]) {
            case "ffm" -> new WordsFfm();
            case "jna" -> new WordsJna();
            case "jna-default" -> new WordsJna(null);
            default -> throw new IllegalArgumentException(args[0]);
        };
        String text = "w ".repeat(400);
        List<Visit> visits = new ArrayList<>();
        for (int walk = 0; walk < 2; walk++) {
            go.walkParallel(text, 4, word -> {
                synchronized (visits) {
                    visits.add(new Visit(word.osThread(), Thread.currentThread()));
                }
                return true;
            });
        }
        Map<Long, List<Thread>> byOsThread = new HashMap<>();
        for (Visit v : visits) {
            byOsThread.computeIfAbsent(v.osThread(), k -> new ArrayList<>()).add(v.thread());
        }
        boolean oneJavaThreadPerOsThread = byOsThread.values().stream()
                .allMatch(ts -> ts.stream().allMatch(t -> t == ts.get(0)));
        Set<Thread> javaThreads = Collections.newSetFromMap(new IdentityHashMap<>());
        visits.forEach(v -> javaThreads.add(v.thread()));
        boolean aJavaThreadPerVisit = javaThreads.size() == visits.size();
        System.out.println("visits: " + visits.size());
        System.out.println("an OS thread visited more than once: " + byOsThread.values().stream().anyMatch(ts -> ts.size() > 1));
        System.out.println("the caller's OS thread: " + byOsThread.containsKey(go.osThread()));
        System.out.println("daemon: " + distinct(visits, v -> String.valueOf(v.thread().isDaemon())));
        System.out.println("names: " + distinct(visits, v -> v.thread().getName().replaceAll("[0-9]+", "N")));
        System.out.println("one Java thread per OS thread: " + oneJavaThreadPerOsThread);
        System.out.println("a new Java thread per visit: " + aJavaThreadPerVisit);
        System.out.println("still alive after the walks: " + distinct(visits, v -> String.valueOf(v.thread().isAlive())));
    }

    private static TreeSet<String> distinct(List<Visit> visits, Function<Visit, String> f) {
        TreeSet<String> out = new TreeSet<>();
        visits.forEach(v -> out.add(f.apply(v)));
        return out;
    }
}
