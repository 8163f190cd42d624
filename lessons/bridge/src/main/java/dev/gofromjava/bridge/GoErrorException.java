package dev.gofromjava.bridge;

/**
 * A Go export failed and said why: it returned a non-nil {@code error}, or (for {@link
 * GoPanicException}) it panicked and Go recovered. {@link #goMessage()} is Go's text.
 *
 * <p>The binding has already freed whatever memory held the message: catching this exception
 * leaves nothing to clean up. Catch it to handle every failure Go reports; catch {@code
 * GoPanicException} to tell a bug in Go (a panic) from an error Go meant to return.
 */
public class GoErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String export;
    private final String goMessage;

    /** The error {@code export} returned, with Go's text {@code goMessage}. */
    public GoErrorException(String export, String goMessage) {
        this("Go's " + export + " failed: " + goMessage, export, goMessage);
    }

    GoErrorException(String message, String export, String goMessage) {
        super(message);
        this.export = export;
        this.goMessage = goMessage;
    }

    /** The exported Go function that failed. */
    public String export() {
        return export;
    }

    /** Go's text: the error's {@code Error()}, or the panic's message. */
    public String goMessage() {
        return goMessage;
    }
}
