package dev.gofromjava.callbacks;

import dev.gofromjava.bridge.GoErrorException;

/**
 * Lesson 11: Go walks the words of a text and calls a Java visitor for each, on the caller's
 * thread or from goroutines on threads Go created.
 *
 * <p>Go splits the text as its {@code strings.Fields} does: runs of Unicode white space separate
 * the words. The visitor answers each word: {@code true} to go on, {@code false} to stop. If it
 * throws, the walk stops and throws {@link GoErrorException} whose cause is what the visitor threw.
 * No visit happens after a walk returned, so the binding frees its upcall the moment Go returns.
 */
public interface Words {
    /** The most goroutines {@link #walkParallel} may ask for. */
    int MAX_WORKERS = 64;

    /** Word number {@code index} of the text, counting from 0, and the OS thread its visit runs on. */
    record Word(int index, String text, long osThread) {}

    // docs:begin api
    /** Called by Go once per word; returns {@code true} to go on, {@code false} to stop the walk. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(Word word);
    }

    /**
     * Go visits the words of {@code text} in order, on this thread, until the visitor returns
     * false. Returns the number of visits made.
     *
     * @throws GoErrorException if the visitor threw: the walk stopped there, and the exception's
     *     cause is what the visitor threw
     * @throws IllegalArgumentException if {@code text} holds an unpaired surrogate
     */
    int walk(String text, Visitor visitor);

    /**
     * Go visits the words of {@code text} from {@code workers} goroutines (1 to {@value
     * #MAX_WORKERS}), each word once, in no set order, on threads Go created, never this one.
     * Once a visit returned false or threw, each goroutine visits at most the word it was already
     * taking. Returns when every visit has finished: the number of visits made.
     *
     * @throws GoErrorException if visits threw: the cause is what the visit of the lowest index
     *     threw, the others are suppressed, in index order
     * @throws IllegalArgumentException if {@code workers} is out of range (Go's message), or
     *     {@code text} holds an unpaired surrogate
     */
    int walkParallel(String text, int workers, Visitor visitor);
    // docs:end api

    /** The OS thread id of the calling thread, as Go sees it: what {@link Word#osThread()} is compared with. */
    long osThread();
}
