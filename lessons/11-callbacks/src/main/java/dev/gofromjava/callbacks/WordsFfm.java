package dev.gofromjava.callbacks;

import static dev.gofromjava.bridge.GoStatus.MESSAGE_CAPACITY;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * {@link Words} with FFM: the visitor is an upcall stub that lives exactly as long as one walk.
 */
public final class WordsFfm implements Words {
    private static final GoLibrary LIB = GoLibrary.load("callbacks");

    // docs:begin handles
    // typedef int64_t (*visit_f)(int64_t index, char* word, int64_t wordN, int64_t thread);
    static final FunctionDescriptor VISIT = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG);

    // GoInt64 walkWords(char* text, GoInt64 textN, visit_f visit, char* errOut, GoInt64 errN);
    private static final MethodHandle WALK_WORDS = LIB.downcall("walkWords",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));

    // GoInt64 walkWordsParallel(char* text, GoInt64 textN, GoInt64 workers, visit_f visit, char* errOut, GoInt64 errN);
    private static final MethodHandle WALK_WORDS_PARALLEL = LIB.downcall("walkWordsParallel",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG));

    // GoInt64 osThread(void);
    private static final MethodHandle OS_THREAD = LIB.downcall("osThread", FunctionDescriptor.of(JAVA_LONG));

    /** The Java method each upcall runs: {@link #visit}, bound to one walk and its text's address. */
    private static final MethodHandle VISIT_WORD;
    // docs:end handles

    static {
        try {
            VISIT_WORD = MethodHandles.lookup().findStatic(WordsFfm.class, "visit", MethodType.methodType(
                    long.class, Walk.class, long.class, long.class, MemorySegment.class, long.class, long.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public int walk(String text, Visitor visitor) {
        return run("walkWords", text, visitor, (bytes, n, stub, message) ->
                (long) WALK_WORDS.invokeExact(bytes, n, stub, message, message.byteSize()));
    }

    @Override
    public int walkParallel(String text, int workers, Visitor visitor) {
        return run("walkWordsParallel", text, visitor, (bytes, n, stub, message) ->
                (long) WALK_WORDS_PARALLEL.invokeExact(bytes, n, (long) workers, stub, message, message.byteSize()));
    }

    /** One of the two exports, called with the text, its length, the upcall stub and the message buffer. */
    @FunctionalInterface
    private interface WalkCall {
        long call(MemorySegment text, long textN, MemorySegment visit, MemorySegment errOut) throws Throwable;
    }

    // docs:begin call
    @SuppressWarnings("restricted") // upcallStub: Go calls it only while the walk runs
    private static int run(String export, String text, Visitor visitor, WalkCall go) {
        Walk walk = new Walk(text, visitor);
        byte[] utf8 = walk.text();
        // Everything Go sees lives in an arena of this call, the stub included. Go calls the stub
        // only until the export returns (walkWordsParallel waits for its goroutines), so closing
        // the arena when the call returns cannot leave Go a pointer into freed code. A confined
        // arena will do: Go's threads call the stub, but only this thread touches the segments.
        try (Arena call = Arena.ofConfined()) {
            MemorySegment bytes = call.allocate(Math.max(1, utf8.length));
            MemorySegment.copy(utf8, 0, bytes, JAVA_BYTE, 0, utf8.length);
            MemorySegment message = call.allocate(MESSAGE_CAPACITY);
            MethodHandle target = MethodHandles.insertArguments(VISIT_WORD, 0, walk, bytes.address());
            MemorySegment stub = Linker.nativeLinker().upcallStub(target, VISIT, call);
            long status = go.call(bytes, utf8.length, stub, message);
            return walk.result(export, status, () -> message.getString(0));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    /** The upcall, on whichever thread Go calls it: the word's place in the text, for the walk. Never throws. */
    private static long visit(Walk walk, long textAddress, long index, MemorySegment word, long wordN, long thread) {
        return walk.visit(index, word.address() - textAddress, wordN, thread);
    }
    // docs:end call

    @Override
    public long osThread() {
        try {
            return (long) OS_THREAD.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
