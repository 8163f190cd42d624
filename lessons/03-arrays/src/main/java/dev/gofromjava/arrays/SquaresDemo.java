package dev.gofromjava.arrays;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/** The article's squares of a small array, then off-heap, in place, a range, and a refused call. */
public final class SquaresDemo {
    private SquaresDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Squares go = switch (String.join(" ", args)) {
            case "ffm" -> new SquaresFfm();
            case "jna" -> new SquaresJna();
            default -> throw new IllegalArgumentException("usage: SquaresDemo ffm|jna");
        };

        double[] values = {1, 2, 3, 4, 5};
        System.out.println("squares of " + Arrays.toString(values) + " = " + Arrays.toString(go.squares(values)));

        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocateFrom(JAVA_DOUBLE, 0.5, -3, 1e200);
            MemorySegment out = arena.allocate(JAVA_DOUBLE, 3);
            go.squares(in, out, 3);
            System.out.println("off-heap: " + Arrays.toString(in.toArray(JAVA_DOUBLE))
                    + " -> " + Arrays.toString(out.toArray(JAVA_DOUBLE)));
        }

        double[] a = {-0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE};
        go.squares(a, a, a.length);
        System.out.println("in place: [-0.0, NaN, -Infinity, 4.9E-324] -> " + Arrays.toString(a));

        double[] big = {9, 9, 1, 2, 3, 9, 9};
        double[] into = new double[5];
        go.squares(big, 2, into, 1, 3);
        System.out.println("range: big[2..5) into into[1..4) = " + Arrays.toString(into));

        try {
            go.squares(new double[3], new double[2], 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
    // docs:end demo
}
