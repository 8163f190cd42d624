package dev.gofromjava.errors;

import dev.gofromjava.bridge.GoErrorException;
import java.util.function.LongSupplier;

/** The article's even, on an even, an odd and a negative number; then Go code that panics, and Java is told. */
public final class ErrorsDemo {
    private ErrorsDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Errors go = switch (String.join(" ", args)) {
            case "ffm" -> new ErrorsFfm();
            case "jna" -> new ErrorsJna();
            default -> throw new IllegalArgumentException("usage: ErrorsDemo ffm|jna");
        };
        for (long i : new long[] {2, 7, -3}) {
            try {
                System.out.println("even(" + i + ") = " + go.even(i));
            } catch (GoErrorException e) {
                System.out.println("even(" + i + ") failed: " + e.goMessage());
            }
        }
        show("evenStatus(-3)", () -> go.evenStatus(-3) ? 1 : 0);
        show("divide(7, 2)", () -> go.divide(7, 2));
        show("divide(7, 0)", () -> go.divide(7, 0));
        show("prime(5)", () -> go.prime(5));
        show("prime(6)", () -> go.prime(6));
        show("prime(-1)", () -> go.prime(-1));
        show("tally(\"go\")", () -> go.tally("go"));
    }

    private static void show(String call, LongSupplier go) {
        try {
            System.out.println(call + " = " + go.getAsLong());
        } catch (GoErrorException e) {
            System.out.println(call + " failed: " + e.goMessage());
        }
    }
    // docs:end demo
}
