package dev.gofromjava.hello;

/** Prints "Go says: Hello world!": the first half from Java, the second from Go. Run with {@code ffm} or {@code jna}. */
public final class HelloDemo {
    private HelloDemo() {}

    // docs:begin demo
    public static void main(String[] args) {
        Hello hello = switch (String.join(" ", args)) {
            case "ffm" -> new HelloFfm();
            case "jna" -> new HelloJna();
            default -> throw new IllegalArgumentException("usage: HelloDemo ffm|jna");
        };
        System.out.print("Go says: ");
        hello.hello();
    }
    // docs:end demo
}
