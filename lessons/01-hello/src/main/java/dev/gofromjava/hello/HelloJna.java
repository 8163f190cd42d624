package dev.gofromjava.hello;

import com.sun.jna.Library;
import dev.gofromjava.bridge.JnaLoader;

/** {@link Hello} with JNA interface mapping: a Java interface whose methods are named after the exports. */
public final class HelloJna implements Hello {
    // docs:begin jna
    /** The C functions of libhello.so, one method each, same names. */
    public interface HelloLibrary extends Library {
        void hello();
    }

    private static final HelloLibrary LIB = JnaLoader.load("hello", HelloLibrary.class);

    @Override
    public void hello() {
        LIB.hello();
    }
    // docs:end jna
}
