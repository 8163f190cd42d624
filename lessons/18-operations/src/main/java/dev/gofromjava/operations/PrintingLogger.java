package dev.gofromjava.operations;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** A {@link System.Logger} that prints each message on a line of its own, for the demo: LEVEL text. */
final class PrintingLogger implements System.Logger {
    private final String name;
    private final PrintStream out;

    PrintingLogger(String name, PrintStream out) {
        this.name = name;
        this.out = out;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return level.compareTo(Level.INFO) >= 0;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        out.println(level + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        out.println(level + " " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
        out.println(level + " " + msgSupplier.get());
    }
}
