package dev.gofromjava.hello;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/** Lesson 01 with the JDK alone: {@code java --enable-native-access=ALL-UNNAMED ... BareFfm path/to/libhello.so}. */
public final class BareFfm {
    private BareFfm() {}

    public static void main(String[] args) throws Throwable {
        // docs:begin bare
        Linker linker = Linker.nativeLinker();
        SymbolLookup library = SymbolLookup.libraryLookup(Path.of(args[0]), Arena.global());
        MethodHandle hello = linker.downcallHandle(
                library.find("hello").orElseThrow(),  // the address of the exported function
                FunctionDescriptor.ofVoid());         // its C signature: void hello(void)
        System.out.print("Go says: ");
        hello.invokeExact();
        // docs:end bare
    }
}
