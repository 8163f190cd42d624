package dev.gofromjava.errors;

import static dev.gofromjava.bridge.GoStatus.MESSAGE_CAPACITY;
import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.JnaLoader;
import java.nio.charset.StandardCharsets;

/**
 * {@link Errors} with JNA: each of Go's result structs is a {@code Structure.ByValue}, whose
 * {@code error} member JNA lays out inline.
 */
public final class ErrorsJna implements Errors {
    // docs:begin jna
    /** typedef struct { char* err; } error; by value as a parameter, inline as a member. */
    @Structure.FieldOrder({"err"})
    public static final class ErrorStruct extends Structure implements Structure.ByValue {
        public Pointer err;
    }

    /** struct even_return { GoUint8 r0; error r1; } */
    @Structure.FieldOrder({"r0", "r1"})
    public static final class EvenReturn extends Structure implements Structure.ByValue {
        public byte r0;
        public ErrorStruct r1;
    }

    /** divide_return, prime_return, tally_return: { GoInt64 r0; error r1; } */
    @Structure.FieldOrder({"r0", "r1"})
    public static final class Int64Return extends Structure implements Structure.ByValue {
        public long r0;
        public ErrorStruct r1;
    }

    /** The exports of liberrors.so, bound once when this class initialises. */
    static final class ErrorsLibrary {
        static {
            JnaLoader.register(ErrorsLibrary.class, "errors");
        }

        static native EvenReturn even(long i);                    // struct even_return even(GoInt64 i)
        static native void delError(ErrorStruct err);             // void delError(error err)
        static native Int64Return divide(long a, long b);         // struct divide_return divide(GoInt64 a, GoInt64 b)
        static native Int64Return prime(long i);                  // struct prime_return prime(GoInt64 i)
        static native Int64Return tally(String word);             // struct tally_return tally(char* word)
        static native long evenStatus(long i, Pointer result, Pointer errOut, long errN);
        // GoInt64 evenStatus(GoInt64 i, uint8_t* result, char* errOut, GoInt64 errN)

        private ErrorsLibrary() {}
    }
    // docs:end jna

    // docs:begin even
    @Override
    public boolean even(long i) {
        EvenReturn result = checked("even", ErrorsLibrary.even(i));
        throwIfError("even", result.r1);
        return result.r0 != 0;
    }

    /** Throws Go's error when {@code error.err} is not NULL, after giving the message back to Go, once. */
    static void throwIfError(String export, ErrorStruct error) {
        if (error.err == null) {
            return;
        }
        String message;
        try {
            message = error.err.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            ErrorsLibrary.delError(error);
            JnaLoader.throwIfPanicked("delError");
        }
        throw new GoErrorException(export, message);
    }
    // docs:end even

    @Override
    public long divide(long a, long b) {
        Int64Return result = checked("divide", ErrorsLibrary.divide(a, b));
        throwIfError("divide", result.r1);
        return result.r0;
    }

    @Override
    public long prime(long i) {
        Int64Return result = checked("prime", ErrorsLibrary.prime(i));
        throwIfError("prime", result.r1);
        return result.r0;
    }

    @Override
    public long tally(String word) {
        Checks.utf8Length(word, "word");
        Int64Return result = checked("tally", ErrorsLibrary.tally(word));
        throwIfError("tally", result.r1);
        return result.r0;
    }

    // docs:begin status
    @Override
    public boolean evenStatus(long i) {
        try (Memory result = new Memory(1); Memory message = new Memory(MESSAGE_CAPACITY)) {
            long status = checked("evenStatus", ErrorsLibrary.evenStatus(i, result, message, message.size()));
            if (status == -1) {
                throw new GoErrorException("evenStatus", message.getString(0, StandardCharsets.UTF_8.name()));
            }
            if (status != 0) {
                throw new IllegalStateException("evenStatus returned an unknown status, " + status);
            }
            return result.getByte(0) != 0;
        }
    }
    // docs:end status

    @Override
    public String toString() {
        return "JNA";
    }
}
