package dev.gofromjava.primitives;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.WrongMethodTypeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PrimitivesExamplesTest {
    static final List<Primitives> BINDINGS = List.of(new PrimitivesFfm(), new PrimitivesJna());

    @ParameterizedTest
    @FieldSource("BINDINGS")
    void theArticlesExample(Primitives go) {
        assertEquals(25, go.add(10, 15));
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
