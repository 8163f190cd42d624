package dev.gofromjava.primitives;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.WrongMethodTypeException;
import org.junit.jupiter.api.Test;

class PrimitivesExamplesTest {
    @Test
    void theArticlesExample() {
        assertEquals(25, new PrimitivesFfm().add(10, 15));
        assertEquals(25, new PrimitivesJna().add(10, 15));
    }

    /** invokeExact checks the Java types against the descriptor: a mismatch fails at the call, before Go runs. */
    @Test
    void invokeExactRejectsOtherJavaTypes() {
        MethodHandle add = GoLibrary.load("primitives").downcall("add", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
        assertThrows(WrongMethodTypeException.class, () -> {
            int unused = (int) add.invokeExact(10, 15);
        });
    }
}
