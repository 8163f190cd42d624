package dev.gofromjava.hello;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** Lesson 01 with JNA alone: {@code java --enable-native-access=ALL-UNNAMED -cp ...:jna.jar ... BareJna path/to/libhello.so}. */
public final class BareJna {
    private BareJna() {}

    // docs:begin bare
    /** The library's C functions, as Java methods of the same names. */
    public interface HelloLibrary extends Library {
        void hello();
    }

    public static void main(String[] args) {
        HelloLibrary library = Native.load(args[0], HelloLibrary.class);
        System.out.print("Go says: ");
        library.hello();
    }
    // docs:end bare
}
