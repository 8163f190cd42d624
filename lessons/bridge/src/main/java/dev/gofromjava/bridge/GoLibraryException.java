package dev.gofromjava.bridge;

/** A Go library could not be found, loaded or bound; the message says which file or symbol, and what to do. */
public final class GoLibraryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GoLibraryException(String message) {
        super(message);
    }

    public GoLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
