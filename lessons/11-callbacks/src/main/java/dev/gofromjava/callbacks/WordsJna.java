package dev.gofromjava.callbacks;

import static dev.gofromjava.bridge.GoStatus.MESSAGE_CAPACITY;
import static dev.gofromjava.bridge.JnaLoader.checked;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;

/**
 * {@link Words} with JNA: the visitor is a {@link Callback}, kept reachable for one walk, and
 * attached to the JVM on Go's threads as its {@link CallbackThreadInitializer} says.
 */
public final class WordsJna implements Words {
    // docs:begin jna
    /** int64_t (*visit_f)(int64_t index, char* word, int64_t wordN, int64_t thread), as JNA sees it. */
    interface Visit extends Callback {
        long invoke(long index, Pointer word, long wordN, long thread);
    }

    /** The exports of libcallbacks.so, bound once when this class initialises. */
    static final class WordsLibrary {
        static {
            JnaLoader.register(WordsLibrary.class, "callbacks");
        }

        // GoInt64 walkWords(char* text, GoInt64 textN, visit_f visit, char* errOut, GoInt64 errN);
        static native long walkWords(Pointer text, long textN, Visit visit, Pointer errOut, long errN);

        // GoInt64 walkWordsParallel(char* text, GoInt64 textN, GoInt64 workers, visit_f visit, char* errOut, GoInt64 errN);
        static native long walkWordsParallel(Pointer text, long textN, long workers, Visit visit, Pointer errOut, long errN);

        // GoInt64 osThread(void);
        static native long osThread();

        private WordsLibrary() {}
    }
    // docs:end jna

    // docs:begin threads
    /**
     * How JNA attaches a Go thread the first time it calls back: as a daemon, so it never holds
     * the JVM open; named, for thread dumps; and left attached (detach false), so later visits on
     * that thread reuse its Java thread instead of attaching and detaching around each one.
     */
    static final CallbackThreadInitializer GO_THREADS = new CallbackThreadInitializer(true, false, "go-visitor");
    // docs:end threads

    private final CallbackThreadInitializer threads;

    public WordsJna() {
        this(GO_THREADS);
    }

    /** With {@code threads} for the callbacks' threads; null for JNA's default (attach, call, detach). */
    WordsJna(CallbackThreadInitializer threads) {
        this.threads = threads;
    }

    @Override
    public int walk(String text, Visitor visitor) {
        return run("walkWords", text, visitor, (bytes, n, visit, message) ->
                WordsLibrary.walkWords(bytes, n, visit, message, message.size()));
    }

    @Override
    public int walkParallel(String text, int workers, Visitor visitor) {
        return run("walkWordsParallel", text, visitor, (bytes, n, visit, message) ->
                WordsLibrary.walkWordsParallel(bytes, n, workers, visit, message, message.size()));
    }

    /** One of the two exports, called with the text, its length, the callback and the message buffer. */
    @FunctionalInterface
    private interface WalkCall {
        long call(Memory text, long textN, Visit visit, Memory errOut);
    }

    // docs:begin call
    private int run(String export, String text, Visitor visitor, WalkCall go) {
        Walk walk = new Walk(text, visitor);
        byte[] utf8 = walk.text();
        try (Memory bytes = new Memory(Math.max(1, utf8.length)); Memory message = new Memory(MESSAGE_CAPACITY)) {
            bytes.write(0, utf8, 0, utf8.length);
            long textAddress = Pointer.nativeValue(bytes);
            Visit callback = (index, word, wordN, thread) -> walk.visit(index, Pointer.nativeValue(word) - textAddress, wordN, thread);
            if (threads != null) {
                Native.setCallbackThreadInitializer(callback, threads); // before JNA first makes its C pointer
            }
            try {
                long status = checked(export, go.call(bytes, utf8.length, callback, message));
                return walk.result(export, status, () -> message.getString(0, StandardCharsets.UTF_8.name()));
            } finally {
                // JNA frees the callback's C function pointer once the object is collected; Go
                // calls it until the export returns, and not after.
                Reference.reachabilityFence(callback);
            }
        }
    }
    // docs:end call

    @Override
    public long osThread() {
        return checked("osThread", WordsLibrary.osThread());
    }

    @Override
    public String toString() {
        return threads == null ? "JNA (JNA's default threads)" : "JNA";
    }
}
