package dev.gofromjava.bridge;

/**
 * The Go export this binding just called panicked.
 *
 * <p>Go recovered the panic, so it never unwound into the JVM; the export returned its failure
 * result (NULL, -1, zero, or nothing) and left a note on the calling thread, which the binding took
 * right after the call. {@link #goMessage()} is Go's panic message. Whatever the export wrote
 * before it panicked (an output buffer, values updated in place) may be incomplete: do not use it.
 */
public final class GoPanicException extends GoErrorException {
    private static final long serialVersionUID = 1L;

    public GoPanicException(String export, String goMessage) {
        super("Go panicked in " + export + ": " + goMessage, export, goMessage);
    }
}
