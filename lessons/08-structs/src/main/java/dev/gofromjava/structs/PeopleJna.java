package dev.gofromjava.structs;

import static dev.gofromjava.bridge.JnaLoader.checked;
import static dev.gofromjava.bridge.JnaLoader.throwIfPanicked;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import dev.gofromjava.bridge.BufferTooSmallException;
import dev.gofromjava.bridge.Checks;
import dev.gofromjava.bridge.JnaLoader;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@link People} with JNA: each C struct is a {@link Structure} subclass whose public fields, in
 * the order {@code @FieldOrder} gives, are the struct's members. JNA writes the fields to native
 * memory before a call and reads them back after it.
 */
public final class PeopleJna implements People {
    // docs:begin structures
    // docs:begin person
    /** struct person, passed by pointer (a Structure parameter is a pointer unless ByValue). */
    @Structure.FieldOrder({"firstName", "lastName", "fullName", "fullNameLen"})
    public static final class Person extends Structure {
        public Pointer firstName;
        public Pointer lastName;
        public Pointer fullName;
        public long fullNameLen;

        /** Where JNA put a field, for the layout check. */
        long offsetOf(String field) {
            return fieldOffset(field);
        }
    }
    // docs:end person

    /** struct point, passed and returned by value. */
    @Structure.FieldOrder({"x", "y"})
    public static final class Point extends Structure implements Structure.ByValue {
        public double x;
        public double y;
    }

    /** The exports of libstructs.so, bound once when this class initialises. */
    static final class StructsLibrary {
        static {
            JnaLoader.register(StructsLibrary.class, "structs");
        }

        static native void fill(Person p);                // void fill(person* p)
        static native long fillSize(Person p);            // GoInt64 fillSize(person* p)
        static native Point midpoint(Point a, Point b);   // point midpoint(point a, point b)
        static native long personLayout(long[] out, long n); // GoInt64 personLayout(GoInt64* out, GoInt64 n)

        private StructsLibrary() {}
    }
    // docs:end structures

    // docs:begin fill
    @Override
    public String fill(String firstName, String lastName, MemorySegment fullName) {
        Checks.utf8Length(firstName, "firstName");
        Checks.utf8Length(lastName, "lastName");
        Checks.output(fullName, "fullName");
        try (Memory first = cString(firstName); Memory last = cString(lastName)) {
            Person person = new Person();
            person.firstName = first;
            person.lastName = last;
            person.fullName = new Pointer(fullName.address());
            person.fullNameLen = fullName.byteSize(); // the buffer's own size
            StructsLibrary.fill(person);
            throwIfPanicked("fill");
            // A full name holds at least its space, so an empty result means it did not fit.
            if (fullName.byteSize() == 0 || fullName.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0) == 0) {
                throw new BufferTooSmallException(checked("fillSize", StructsLibrary.fillSize(person)), fullName.byteSize());
            }
            return fullName.getString(0);
        } finally {
            Reference.reachabilityFence(fullName); // JNA saw a bare address (lesson 09)
        }
    }

    /** A NUL-terminated UTF-8 copy in JNA memory, freed when the caller closes it. */
    private static Memory cString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(utf8.length + 1L);
        m.write(0, utf8, 0, utf8.length);
        m.setByte(utf8.length, (byte) 0);
        return m;
    }
    // docs:end fill

    // docs:begin midpoint
    @Override
    public People.Point midpoint(People.Point a, People.Point b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        Point m = checked("midpoint", StructsLibrary.midpoint(point(a), point(b)));
        return new People.Point(m.x, m.y);
    }

    private static Point point(People.Point p) {
        Point s = new Point();
        s.x = p.x();
        s.y = p.y();
        return s;
    }
    // docs:end midpoint

    @Override
    public String toString() {
        return "JNA";
    }
}
