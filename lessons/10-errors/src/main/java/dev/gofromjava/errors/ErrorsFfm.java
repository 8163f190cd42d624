package dev.gofromjava.errors;

import static dev.gofromjava.bridge.GoStatus.MESSAGE_CAPACITY;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.CStrings;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoErrorException;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@link Errors} with FFM. Go's two results arrive as one struct, returned by value; a non-NULL
 * {@code err} is read, handed back to {@code delError} once, and thrown.
 */
public final class ErrorsFfm implements Errors {
    private static final GoLibrary LIB = GoLibrary.load("errors");

    // docs:begin layouts
    /** typedef struct { char* err; } error; */
    static final StructLayout ERROR = MemoryLayout.structLayout(ADDRESS.withName("err")).withName("error");

    /** struct even_return { GoUint8 r0; error r1; }: 7 bytes of padding align the pointer. */
    static final StructLayout EVEN_RETURN = MemoryLayout.structLayout(
            JAVA_BYTE.withName("r0"), MemoryLayout.paddingLayout(7), ERROR.withName("r1")).withName("even_return");

    /** divide_return, prime_return, tally_return: { GoInt64 r0; error r1; }. */
    static final StructLayout INT64_RETURN = MemoryLayout.structLayout(
            JAVA_LONG.withName("r0"), ERROR.withName("r1")).withName("int64_return");

    /** Where r1.err is in either result: after r0 and its padding. */
    private static final long ERR = EVEN_RETURN.byteOffset(MemoryLayout.PathElement.groupElement("r1"));
    // docs:end layouts

    // docs:begin handles
    // struct even_return even(GoInt64 i); a struct result takes a SegmentAllocator first
    private static final MethodHandle EVEN = LIB.downcall("even", FunctionDescriptor.of(EVEN_RETURN, JAVA_LONG));
    // void delError(error err);
    private static final MethodHandle DEL_ERROR = LIB.downcall("delError", FunctionDescriptor.ofVoid(ERROR));
    // struct divide_return divide(GoInt64 a, GoInt64 b);
    private static final MethodHandle DIVIDE = LIB.downcall("divide", FunctionDescriptor.of(INT64_RETURN, JAVA_LONG, JAVA_LONG));
    // struct prime_return prime(GoInt64 i);
    private static final MethodHandle PRIME = LIB.downcall("prime", FunctionDescriptor.of(INT64_RETURN, JAVA_LONG));
    // struct tally_return tally(char* word);
    private static final MethodHandle TALLY = LIB.downcall("tally", FunctionDescriptor.of(INT64_RETURN, ADDRESS));
    // GoInt64 evenStatus(GoInt64 i, uint8_t* result, char* errOut, GoInt64 errN);
    private static final MethodHandle EVEN_STATUS =
            LIB.downcall("evenStatus", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));
    // docs:end handles

    // docs:begin even
    @Override
    public boolean even(long i) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment result = (MemorySegment) EVEN.invokeExact((SegmentAllocator) arena, i);
            throwIfError("even", result);
            return result.get(JAVA_BYTE, 0) != 0;
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    // docs:begin throwIfError
    /**
     * Throws Go's error when {@code result}'s r1.err is not NULL, after giving the message back to
     * Go: in a finally, so it is freed exactly once, whatever reading it does.
     */
    @SuppressWarnings("restricted") // reinterpret: Go's message is a NUL-terminated C string
    static void throwIfError(String export, MemorySegment result) throws Throwable {
        MemorySegment err = result.get(ADDRESS, ERR);
        if (err.equals(MemorySegment.NULL)) {
            return;
        }
        String message;
        try {
            message = err.reinterpret(CStrings.byteLength(err) + 1).getString(0); // never past Go's block
        } finally {
            DEL_ERROR.invokeExact(result.asSlice(ERR, ERROR)); // the error struct, by value
        }
        throw new GoErrorException(export, message);
    }
    // docs:end throwIfError
    // docs:end even

    @Override
    public long divide(long a, long b) {
        return int64("divide", arena -> (MemorySegment) DIVIDE.invokeExact((SegmentAllocator) arena, a, b));
    }

    @Override
    public long prime(long i) {
        return int64("prime", arena -> (MemorySegment) PRIME.invokeExact((SegmentAllocator) arena, i));
    }

    @Override
    public long tally(String word) {
        Checks.utf8Length(word, "word");
        return int64("tally", arena -> (MemorySegment) TALLY.invokeExact((SegmentAllocator) arena, arena.allocateFrom(word)));
    }

    /** A downcall returning { GoInt64 r0; error r1; }, made with an arena for its result and arguments. */
    @FunctionalInterface
    private interface Int64Call {
        MemorySegment call(Arena arena) throws Throwable;
    }

    /** r0 of what {@code call} returns, or Go's error thrown. */
    private static long int64(String export, Int64Call call) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment result = call.call(arena);
            throwIfError(export, result);
            return result.get(JAVA_LONG, 0);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    // docs:begin status
    @Override
    public boolean evenStatus(long i) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment message = arena.allocate(MESSAGE_CAPACITY);
            MemorySegment result = arena.allocate(JAVA_BYTE);
            long status = evenStatus(i, result, message);
            if (status == -1) {
                throw new GoErrorException("evenStatus", message.getString(0));
            }
            if (status != 0) {
                throw new IllegalStateException("evenStatus returned an unknown status, " + status);
            }
            return result.get(JAVA_BYTE, 0) != 0;
        }
    }

    /**
     * evenStatus itself: the result byte goes to {@code result}, a message and its NUL to {@code
     * errOut}, never more than {@code errOut.byteSize()} bytes. Returns Go's status: 0, or -1 with
     * the message written.
     */
    public long evenStatus(long i, MemorySegment result, MemorySegment errOut) {
        Checks.output(result, "result");
        Checks.output(errOut, "errOut");
        if (result.byteSize() < 1) {
            throw new IllegalArgumentException("result must hold at least one byte");
        }
        try {
            return (long) EVEN_STATUS.invokeExact(i, result, errOut, errOut.byteSize());
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end status

    @Override
    public String toString() {
        return "FFM";
    }
}
