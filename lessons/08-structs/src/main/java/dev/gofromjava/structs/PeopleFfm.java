package dev.gofromjava.structs;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.GoLibrary;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/** {@link People} with FFM: each C struct is a {@link StructLayout}, its fields reached by {@link VarHandle}s. */
public final class PeopleFfm implements People {
    private static final GoLibrary LIB = GoLibrary.load("structs");

    // docs:begin layouts
    /** typedef struct person { char* firstName; char* lastName; char* fullName; int64_t fullNameLen; } person; */
    static final StructLayout PERSON = MemoryLayout.structLayout(
            ADDRESS.withName("firstName"),
            ADDRESS.withName("lastName"),
            ADDRESS.withName("fullName"),
            JAVA_LONG.withName("fullNameLen")).withName("person");

    private static final VarHandle FIRST_NAME = PERSON.varHandle(groupElement("firstName"));
    private static final VarHandle LAST_NAME = PERSON.varHandle(groupElement("lastName"));
    private static final VarHandle FULL_NAME = PERSON.varHandle(groupElement("fullName"));
    private static final VarHandle FULL_NAME_LEN = PERSON.varHandle(groupElement("fullNameLen"));

    /** typedef struct point { double x; double y; } point; */
    static final StructLayout POINT = MemoryLayout.structLayout(
            JAVA_DOUBLE.withName("x"),
            JAVA_DOUBLE.withName("y")).withName("point");

    private static final VarHandle X = POINT.varHandle(groupElement("x"));
    private static final VarHandle Y = POINT.varHandle(groupElement("y"));
    // docs:end layouts

    // docs:begin handles
    // void fill(person* p);
    private static final MethodHandle FILL = LIB.downcall("fill", FunctionDescriptor.ofVoid(ADDRESS));
    // GoInt64 fillSize(person* p);
    private static final MethodHandle FILL_SIZE = LIB.downcall("fillSize", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    // point midpoint(point a, point b); a struct result takes a SegmentAllocator first
    private static final MethodHandle MIDPOINT = LIB.downcall("midpoint", FunctionDescriptor.of(POINT, POINT, POINT));
    // GoInt64 personLayout(GoInt64* out, GoInt64 n);
    private static final MethodHandle PERSON_LAYOUT =
            LIB.downcall("personLayout", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));
    // docs:end handles

    // docs:begin fill
    @Override
    public String fill(String firstName, String lastName, MemorySegment fullName) {
        Checks.utf8Length(firstName, "firstName");
        Checks.utf8Length(lastName, "lastName");
        Checks.output(fullName, "fullName");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment person = arena.allocate(PERSON);
            FIRST_NAME.set(person, 0L, arena.allocateFrom(firstName));
            LAST_NAME.set(person, 0L, arena.allocateFrom(lastName));
            FULL_NAME.set(person, 0L, fullName);
            FULL_NAME_LEN.set(person, 0L, fullName.byteSize()); // the buffer's own size, never a number from elsewhere
            FILL.invokeExact(person);
            // A full name holds at least its space, so an empty result means it did not fit.
            if (fullName.byteSize() == 0 || fullName.get(JAVA_BYTE, 0) == 0) {
                throw new BufferTooSmallException((long) FILL_SIZE.invokeExact(person), fullName.byteSize());
            }
            return fullName.getString(0);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }
    // docs:end fill

    // docs:begin midpoint
    @Override
    public Point midpoint(Point a, Point b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = (MemorySegment) MIDPOINT.invokeExact((SegmentAllocator) arena, point(arena, a), point(arena, b));
            return new Point((double) X.get(m, 0L), (double) Y.get(m, 0L));
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    private static MemorySegment point(Arena arena, Point p) {
        MemorySegment s = arena.allocate(POINT);
        X.set(s, 0L, p.x());
        Y.set(s, 0L, p.y());
        return s;
    }
    // docs:end midpoint

    /** Go's view of struct person: its size, then each field's offset (personLayout). */
    static long[] goLayout() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_LONG, 8);
            long n = (long) PERSON_LAYOUT.invokeExact(out, 8L);
            return out.asSlice(0, n * 8).toArray(JAVA_LONG);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    /** fill itself, no checks: for tests that hand Go what the Java API never would. */
    static void fill(MemorySegment person) {
        try {
            FILL.invokeExact(person);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    /** fillSize itself, no checks. */
    static long fillSize(MemorySegment person) {
        try {
            return (long) FILL_SIZE.invokeExact(person);
        } catch (Throwable t) {
            throw GoLibrary.rethrow(t);
        }
    }

    @Override
    public String toString() {
        return "FFM";
    }
}
