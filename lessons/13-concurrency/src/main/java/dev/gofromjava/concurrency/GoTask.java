package dev.gofromjava.concurrency;

import dev.gofromjava.bridge.GoPanicException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Work running in a goroutine, as a {@link CompletableFuture}: Go completes it through a callback,
 * once, with the result, the task's panic ({@link GoPanicException}), or its cancellation.
 *
 * <p>However it completes (the result, {@link #cancel}, {@link #orTimeout}, {@link
 * #completeExceptionally}), a task Go has not finished is told to stop: Go cancels its context, the
 * goroutine sees it, deletes its handle and calls back. {@link #released()} completes after that
 * callback, when Go holds nothing of the task any more.
 */
public final class GoTask extends CompletableFuture<Long> {
    /** The statuses Go's callback reports (gfj_done_f). */
    static final long DONE = 0;
    static final long CANCELLED = 1;
    static final long FAILED = 2;

    /** Go's part of a task: start it under an id and return its handle (0: refused); or cancel it. */
    @FunctionalInterface
    interface GoCall {
        long call(long argument);
    }

    private static final AtomicLong IDS = new AtomicLong();
    // docs:begin registry
    /** Tasks Go has not called back for yet, by id. Go's callback looks them up here. */
    private static final Map<Long, GoTask> RUNNING = new ConcurrentHashMap<>();
    // docs:end registry

    private final String export;
    private final long id;
    private final GoCall cancelInGo;
    private final CompletableFuture<Void> released = new CompletableFuture<>();
    private volatile long handle;

    private GoTask(String export, long id, GoCall cancelInGo) {
        this.export = export;
        this.id = id;
        this.cancelInGo = cancelInGo;
        whenComplete((result, failure) -> stopGo());
    }

    // docs:begin start
    /**
     * Registers a task, then lets {@code startInGo} start it under the task's id. The task is in
     * {@link #RUNNING} before Go can call back, which it may do before {@code startInGo} returns.
     */
    static GoTask start(String export, GoCall startInGo, GoCall cancelInGo) {
        GoTask task = new GoTask(export, IDS.incrementAndGet(), cancelInGo);
        RUNNING.put(task.id, task);
        long handle;
        try {
            handle = startInGo.call(task.id);
        } catch (RuntimeException | Error e) {
            RUNNING.remove(task.id);
            throw e;
        }
        if (handle == 0) { // Go started nothing, so it will never call back
            RUNNING.remove(task.id);
            throw new IllegalStateException(export + " refused to start the task");
        }
        task.handle = handle;
        return task;
    }

    /** Cancels Go's work, unless Go has ended it already; harmless if Go ends it meanwhile. */
    private void stopGo() {
        long h = handle;
        if (h != 0 && !released.isDone()) {
            cancelInGo.call(h); // 0 when the task just ended: its handle is no longer live
        }
    }
    // docs:end start

    // docs:begin ended
    /**
     * Go's callback: the task with this id has ended. Runs on a thread of Go's, inside an upcall,
     * so it never throws. {@code message} is read here, while Go's memory is valid; the futures
     * complete on another thread, so the caller's dependent stages never run on Go's.
     */
    static void ended(long id, long status, long result, Supplier<String> message) {
        try {
            GoTask task = RUNNING.remove(id);
            if (task == null) {
                return; // not a task of this JVM: Go calls back once per task, with the id it was given
            }
            String text = status == FAILED ? read(message) : "";
            try {
                task.defaultExecutor().execute(() -> task.settle(status, result, text));
            } catch (RuntimeException e) { // no thread to run it on: complete here after all
                task.settle(status, result, text);
            }
        } catch (Throwable t) {
            // Nothing may leave an upcall (FFM would end the JVM). Only an Error (out of memory)
            // gets here, and the task then stays incomplete: awaiting it with a timeout says so.
        }
    }
    // docs:end ended

    private static String read(Supplier<String> message) {
        try {
            return message.get();
        } catch (RuntimeException e) {
            return "(Go's message could not be read: " + e + ")";
        }
    }

    private void settle(long status, long result, String message) {
        released.complete(null); // first: stopGo, run by the completion below, must not call Go
        if (status == DONE) {
            complete(result);
        } else if (status == CANCELLED) {
            completeExceptionally(new CancellationException(export + ": Go stopped the task"));
        } else {
            completeExceptionally(new GoPanicException(export, message));
        }
    }

    /**
     * Completes once Go has ended the task and let go of it: its handle deleted, its callback
     * made. After a cancel, wait for this before counting on Go's resources being free.
     */
    public CompletableFuture<Void> released() {
        return released.copy();
    }

    /** The task's handle in Go: live until Go ends the task, a stale number after. */
    long handle() {
        return handle;
    }

    /** Tasks started and not yet called back, in this JVM: 0 when every task has ended. */
    public static int running() {
        return RUNNING.size();
    }

    @Override
    public String toString() {
        return export + " task " + id + " (" + super.toString() + ")";
    }
}
