package dev.gofromjava.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test, or every test of a class, whose Go memory is freed by the garbage collector (a
 * {@code Cleaner}, an automatic arena) rather than before the test returns. The ledger check
 * (memcheck's, after every jqwik try and JUnit test) then asks for garbage collections and waits
 * up to {@link #seconds()} for the live count to come back to its baseline, and fails only then.
 * Every test without it keeps the immediate check.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface FreedByGc {
    /** How long to wait for the collector. */
    int seconds() default 10;
}
