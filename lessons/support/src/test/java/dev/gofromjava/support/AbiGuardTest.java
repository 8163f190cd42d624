package dev.gofromjava.support;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import java.lang.foreign.FunctionDescriptor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbiGuardTest {
    /** The parts of a real cgo header the guard reads: typedefs and extern prototypes. */
    static final CHeader HEADER = CHeader.parse("""
            typedef signed char GoInt8;
            typedef unsigned char GoUint8;
            typedef short GoInt16;
            typedef unsigned short GoUint16;
            typedef int GoInt32;
            typedef long long GoInt64;
            typedef GoInt64 GoInt;
            typedef size_t GoUintptr;
            typedef double GoFloat64;
            typedef void *GoMap;
            typedef void* (*alloc_f)(char* t, int64_t n);
            extern void hello(void);
            extern GoInt64 add(GoInt64 a, GoInt64 b);
            extern GoUint8 negate(GoUint8 b);
            extern GoInt16 addInt16(GoInt16 a, GoInt16 b);
            extern GoUint16 addUint16(GoUint16 a, GoUint16 b);
            extern char* repeat(char* s, GoInt64 n, char* out, GoInt64 outN);
            extern void squares(GoFloat64* in, GoFloat64* out, GoInt64 n);
            extern GoUintptr size(GoMap m);
            extern void sqrts(alloc_f alloc, GoInt64 n);
            """);

    /** A C function pointer (an FFM upcall stub, a JNA Callback) crosses as an address. */
    @Test
    void functionPointerTypedefsArePointers() {
        assertEquals(List.of(), AbiGuard.ffmMismatches(HEADER,
                Map.of("sqrts", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG))));
        assertEquals(1, AbiGuard.ffmMismatches(HEADER,
                Map.of("sqrts", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG))).size());
    }

    @Test
    void matchingDescriptorsPass() {
        List<String> problems = AbiGuard.ffmMismatches(HEADER, Map.of(
                "hello", FunctionDescriptor.ofVoid(),
                "add", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG),
                "negate", FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_BOOLEAN),
                "addUint16", FunctionDescriptor.of(JAVA_CHAR, JAVA_CHAR, JAVA_CHAR),
                "repeat", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG),
                "squares", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_LONG),
                "size", FunctionDescriptor.of(JAVA_LONG, ADDRESS)));
        assertEquals(List.of(), problems);
    }

    @Test
    void narrowIntegerParameterIsNamed() {
        List<String> problems = AbiGuard.ffmMismatches(HEADER,
                Map.of("add", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT)));
        assertEquals(1, problems.size(), problems.toString());
        String p = problems.get(0);
        assertTrue(p.startsWith("add: parameter 2 'b' is GoInt64 (8-byte integer)"), p);
        assertTrue(p.contains("JAVA_INT (4-byte integer) in the FFM descriptor"), p);
    }

    @Test
    void eachKindOfMismatchIsReported() {
        List<String> problems = AbiGuard.ffmMismatches(HEADER, Map.of(
                "add", FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG, JAVA_LONG),         // float for integer
                "repeat", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, ADDRESS),    // one parameter short
                "squares", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_LONG),      // integer for pointer
                "addInt16", FunctionDescriptor.of(JAVA_CHAR, JAVA_SHORT, JAVA_SHORT),     // unsigned for signed
                "goodbye", FunctionDescriptor.ofVoid()));                                 // not exported
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("add: the result is GoInt64")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("repeat: the header declares 4 parameter(s)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("squares: parameter 2 'out' is GoFloat64* (pointer)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("addInt16: the result") && p.contains("signed in C, unsigned in Java")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("goodbye: ") && p.contains("no such function")), problems.toString());
    }

    static final class GoodDirect {
        static native long add(long a, long b);

        static native byte negate(byte b);

        static native Pointer repeat(String s, long n, Pointer out, long outN);

        static native void squares(double[] in, double[] out, long n);
    }

    interface GoodInterface extends Library {
        void hello();

        short addUint16(short a, short b);
    }

    static final class BadDirect {
        static native long add(long a, int b);

        static native boolean negate(boolean b);

        static native char addUint16(char a, char b);
    }

    @Test
    void matchingJnaBindingsPass() {
        assertEquals(List.of(), AbiGuard.jnaMismatches(HEADER, GoodDirect.class));
        assertEquals(List.of(), AbiGuard.jnaMismatches(HEADER, GoodInterface.class));
    }

    @Test
    void jnaTrapsAreExplained() {
        List<String> problems = AbiGuard.jnaMismatches(HEADER, BadDirect.class);
        String all = String.join("\n", problems);
        assertTrue(all.contains("add: parameter 2 'b' is GoInt64 (8-byte integer) in the header, but int (4-byte integer)"), all);
        assertTrue(all.contains("negate: the result is GoUint8") && all.contains("JNA passes boolean as a 4-byte C int"), all);
        assertTrue(all.contains("addUint16: parameter 1") && all.contains("JNA passes char as wchar_t"), all);
    }

    @Test
    void unknownCTypesAreMismatchesNotSilence() {
        CHeader h = CHeader.parse("extern GoThing make(struct big b);");
        List<String> problems = AbiGuard.ffmMismatches(h, Map.of("make", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG)));
        assertEquals(2, problems.size(), problems.toString());
    }
}
