package dev.gofromjava.ownership;

/**
 * Lesson 09: Go allocates a user's info, and Java frees it. Who frees, and when, is the whole
 * lesson: {@link UserInfo#close()} at once (the default), or the garbage collector some time after
 * the object becomes unreachable.
 */
public interface Users {
    // docs:begin api
    /**
     * Go's info on {@code name}, which the caller must close, once it is done with it: best in
     * try-with-resources. Closing frees Go's memory at once.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} holds a NUL or an unpaired surrogate
     */
    UserInfo getUserInfo(String name);

    /**
     * The same, freed by the garbage collector some time after the returned object becomes
     * unreachable, the analogue of the article's {@code __del__}: for objects whose lifetime no
     * block of code can see. Nothing promises when that happens, or that it happens before the JVM
     * exits. {@code close()} still works, and makes the info unreadable at once.
     */
    UserInfo getUserInfoFreedByGc(String name);
    // docs:end api
}
