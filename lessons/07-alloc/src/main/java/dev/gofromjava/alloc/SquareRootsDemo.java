package dev.gofromjava.alloc;

import java.lang.foreign.Arena;
import java.util.Arrays;

/** The article's square roots in memory Java hands Go, then the three ways an allocator can let Go down. */
public final class SquareRootsDemo {
    private SquareRootsDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        SquareRoots go = switch (String.join(" ", args)) {
            case "ffm" -> new SquareRootsFfm();
            case "jna" -> new SquareRootsJna();
            default -> throw new IllegalArgumentException("usage: SquareRootsDemo ffm|jna");
        };
        try (Arena arena = Arena.ofConfined()) {
            SquareRoots.Roots roots = go.sqrts(5, arena); // Go asks twice, the arena hands out
            System.out.println(roots.title() + " " + Arrays.toString(roots.toArray()));
        }
        try {
            go.sqrts(3, (type, count) -> null);
        } catch (IllegalStateException e) {
            System.out.println("null: " + e.getMessage());
        }
        try {
            go.sqrts(3, (type, count) -> {
                throw new UnsupportedOperationException("no memory for you");
            });
        } catch (UnsupportedOperationException e) {
            System.out.println("thrown, and thrown again here: " + e);
        }
        try (Arena arena = Arena.ofConfined()) {
            go.sqrts(3, (type, count) -> arena.allocate(count)); // count bytes, whatever the type
        } catch (IllegalStateException e) {
            System.out.println("too small: " + e.getMessage());
        }
    }
    // docs:end demo
}
