package dev.gofromjava.structs;

import dev.gofromjava.bridge.BufferTooSmallException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** The article's John Galt, a buffer too small for him, and a point by value. */
public final class PeopleDemo {
    private PeopleDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        People go = switch (String.join(" ", args)) {
            case "ffm" -> new PeopleFfm();
            case "jna" -> new PeopleJna();
            default -> throw new IllegalArgumentException("usage: PeopleDemo ffm|jna");
        };
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(1000); // the article's buffer
            System.out.println(go.fill("John", "Galt", buffer));
            try {
                go.fill("John", "Galt", arena.allocate(4));
            } catch (BufferTooSmallException e) {
                System.out.println("too small: " + e.getMessage());
            }
        }
        People.Point m = go.midpoint(new People.Point(0, 0), new People.Point(3, 4));
        System.out.println("midpoint of (0.0, 0.0) and (3.0, 4.0) = (" + m.x() + ", " + m.y() + ")");
    }
    // docs:end demo
}
