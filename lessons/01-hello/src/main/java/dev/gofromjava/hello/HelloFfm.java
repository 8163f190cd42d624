package dev.gofromjava.hello;

import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/** {@link Hello} with FFM: look the symbol up, describe its C signature, call the handle. */
public final class HelloFfm implements Hello {
    // docs:begin ffm
    // void hello(void);
    private static final MethodHandle HELLO =
            GoLibrary.load("hello").downcall("hello", FunctionDescriptor.ofVoid());

    @Override
    public void hello() {
        try {
            HELLO.invokeExact();
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end ffm
}
