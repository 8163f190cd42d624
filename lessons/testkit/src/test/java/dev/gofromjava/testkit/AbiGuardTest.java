package dev.gofromjava.testkit;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Structs by value, as cgo writes them: a typedef'd struct, and Go's multiple results. */
    static final CHeader STRUCTS = CHeader.parse("""
            typedef unsigned char GoUint8;
            typedef long long GoInt64;
            typedef struct point {
              double x;
              double y;
            } point;
            typedef struct { char* err; } error;
            /* Return type for even */
            struct even_return {
            	GoUint8 r0;
            	error r1;
            };
            extern point midpoint(point a, point b);
            extern struct even_return even(GoInt64 i);
            """);

    static final StructLayout POINT = MemoryLayout.structLayout(JAVA_DOUBLE.withName("x"), JAVA_DOUBLE.withName("y"));

    @Test
    void structsByValueAreComparedMemberByMember() {
        StructLayout evenReturn = MemoryLayout.structLayout(JAVA_BYTE, MemoryLayout.paddingLayout(7),
                MemoryLayout.structLayout(ADDRESS));
        assertEquals(List.of(), AbiGuard.ffmMismatches(STRUCTS, Map.of(
                "midpoint", FunctionDescriptor.of(POINT, POINT, POINT),
                "even", FunctionDescriptor.of(evenReturn, JAVA_LONG))));
        StructLayout floats = MemoryLayout.structLayout(JAVA_DOUBLE, JAVA_FLOAT, MemoryLayout.paddingLayout(4));
        List<String> problems = AbiGuard.ffmMismatches(STRUCTS, Map.of("midpoint", FunctionDescriptor.of(POINT, POINT, floats)));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("member 2 'y' is double (8-byte float) in C, but JAVA_FLOAT (4-byte float) in Java"),
                problems.get(0));
    }

    @Structure.FieldOrder({"x", "y"})
    public static class Point extends Structure implements Structure.ByValue {
        public double x;
        public double y;
    }

    @Structure.FieldOrder({"err"})
    public static class Error extends Structure {
        public Pointer err;
    }

    @Structure.FieldOrder({"r0", "r1"})
    public static class EvenReturn extends Structure implements Structure.ByValue {
        public byte r0;
        public Error r1;
    }

    @Structure.FieldOrder({"x"})
    public static class HalfPoint extends Structure implements Structure.ByValue {
        public double x;
    }

    interface Structs extends Library {
        Point midpoint(Point a, Point b);

        EvenReturn even(long i);
    }

    interface WrongStructs extends Library {
        Point midpoint(Point a, HalfPoint b);
    }

    @Test
    void jnaStructuresByValueAreComparedToo() {
        assertEquals(List.of(), AbiGuard.jnaMismatches(STRUCTS, Structs.class));
        List<String> problems = AbiGuard.jnaMismatches(STRUCTS, WrongStructs.class);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("2 members in C, 1 in Java"), problems.get(0));
    }

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
    void everyExportABindingLeavesOutIsNamed() {
        List<String> problems = AbiGuard.unboundExports(HEADER, Set.of("hello", "add", "negate", "addInt16", "addUint16",
                "repeat", "size", "sqrts"), "FFM binding", Map.of());
        assertEquals(List.of("squares: exported by the header, but the FFM binding does not bind it (bind it, or list it"
                + " as unbound with the reason)"), problems);
    }

    @Test
    void anEmptyBindingLeavesEveryExportUnbound() {
        List<String> problems = AbiGuard.unboundExports(HEADER, Set.of(), "JNA binding Lib", Map.of());
        assertEquals(HEADER.exports().size(), problems.size(), String.join("\n", problems));
        assertEquals(9, problems.size(), String.join("\n", problems));
    }

    @Test
    void anExportListedAsUnboundWithAReasonPasses() {
        Set<String> all = new HashSet<>(HEADER.exports());
        all.remove("sqrts");
        assertEquals(List.of(), AbiGuard.unboundExports(HEADER, all, "JNA binding Lib", Map.of("sqrts", "FFM only")));
    }

    /** The list of unbound exports cannot go stale or be a silent skip. */
    @Test
    void theUnboundListIsCheckedToo() {
        Set<String> all = new HashSet<>(HEADER.exports());
        all.remove("sqrts");
        List<String> problems = AbiGuard.unboundExports(HEADER, all, "JNA binding Lib",
                Map.of("sqrts", " ", "add", "bound after all", "goodbye", "not exported"));
        assertEquals(List.of(
                "add: listed as unbound by the JNA binding Lib, but it binds it",
                "goodbye: listed as unbound by the JNA binding Lib, but the header exports no such function",
                "sqrts: listed as unbound by the JNA binding Lib without a reason"), problems);
    }

    /** cgo declares helpers of its own before the exports; a binding need not bind them. */
    @Test
    void theExportsAreWhatFollowsCgosPrologue() {
        CHeader header = CHeader.parse("""
                #line 1 "cgo-builtin-export-prolog"
                typedef struct { const char *p; ptrdiff_t n; } _GoString_;
                extern size_t _GoStringLen(_GoString_ s);
                extern const char *_GoStringPtr(_GoString_ s);
                /* Start of preamble from import "C" comments.  */
                extern void helper(void);
                /* End of preamble from import "C" comments.  */
                /* Start of boilerplate cgo prologue.  */
                typedef long long GoInt64;
                /* End of boilerplate cgo prologue.  */
                #ifdef __cplusplus
                extern "C" {
                #endif
                extern GoInt64 add(GoInt64 a, GoInt64 b);
                extern void hello(void);
                """);
        assertEquals(Set.of("add", "hello"), header.exports());
        assertTrue(header.prototypes().containsKey("_GoStringLen"), "still parsed, for a binding that calls it");
    }

    @Test
    void unknownCTypesAreMismatchesNotSilence() {
        CHeader h = CHeader.parse("extern GoThing make(struct big b);");
        List<String> problems = AbiGuard.ffmMismatches(h, Map.of("make", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG)));
        assertEquals(2, problems.size(), problems.toString());
    }
}
