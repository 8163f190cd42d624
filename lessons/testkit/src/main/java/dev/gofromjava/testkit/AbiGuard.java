package dev.gofromjava.testkit;

import com.sun.jna.Callback;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import dev.gofromjava.testkit.CHeader.CType;
import dev.gofromjava.testkit.CHeader.Kind;
import dev.gofromjava.testkit.CHeader.Prototype;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.Buffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks Java bindings against the C prototypes cgo wrote for the Go exports.
 *
 * <p>A wrong layout in a downcall is not caught by the JVM: passing {@code JAVA_INT} where Go
 * expects an {@code int64} silently reads garbage in the upper half. This guard compares every FFM
 * {@link FunctionDescriptor} and every JNA native method with the header: that the function
 * exists, the number of parameters, and each parameter's and the result's kind and size. And it
 * checks that each binding binds every function the header exports, unless the lesson's ABI test
 * lists the export with the reason it is left out: a descriptor map that is empty, or misses one,
 * fails.
 */
public final class AbiGuard {
    private AbiGuard() {}

    /** What a Java-side type passes across the call; a struct has its members, in order. */
    private record JavaSide(String name, Kind kind, int size, String note, List<JavaSide> members) {
        static JavaSide of(String name, Kind kind, int size) {
            return new JavaSide(name, kind, size, "", List.of());
        }

        @Override
        public String toString() {
            String what = switch (kind) {
                case VOID -> "";
                case POINTER -> " (pointer)";
                case FLOAT -> " (" + size + "-byte float)";
                case UNSIGNED -> " (" + size + "-byte unsigned integer)";
                case STRUCT -> " (" + size + "-byte struct of " + members.size() + " members)";
                default -> " (" + size + "-byte integer)";
            };
            return name + what + (note.isEmpty() ? "" : "; " + note);
        }
    }

    /** {@link #checkFfm(Path, Map, Map)} for a binding that binds every export. */
    public static void checkFfm(Path header, Map<String, FunctionDescriptor> descriptors) {
        checkFfm(header, descriptors, Map.of());
    }

    /**
     * Fails, listing every problem, unless each FFM descriptor matches its C prototype and every
     * function the header exports has a descriptor, or is in {@code unbound} with the reason the
     * binding leaves it out. Pass the binding's own descriptors ({@code GoLibrary.descriptors(binding)}),
     * after constructing it: its handles are bound then.
     */
    public static void checkFfm(Path header, Map<String, FunctionDescriptor> descriptors, Map<String, String> unbound) {
        CHeader c = CHeader.read(header);
        List<String> problems = new ArrayList<>(ffmMismatches(c, descriptors));
        problems.addAll(unboundExports(c, descriptors.keySet(), "FFM binding", unbound));
        fail(problems, header);
    }

    /** {@link #checkJna(Path, Class, Map)} for a binding that binds every export. */
    public static void checkJna(Path header, Class<?> binding) {
        checkJna(header, binding, Map.of());
    }

    /**
     * Fails, listing every problem, unless each JNA native method of {@code binding} matches its C
     * prototype and every function the header exports has a method, or is in {@code unbound} with
     * the reason the binding leaves it out.
     */
    public static void checkJna(Path header, Class<?> binding, Map<String, String> unbound) {
        CHeader c = CHeader.read(header);
        List<String> problems = new ArrayList<>(jnaMismatches(c, binding));
        Set<String> bound = new TreeSet<>();
        nativeMethods(binding).forEach(m -> bound.add(m.getName()));
        problems.addAll(unboundExports(c, bound, "JNA binding " + binding.getSimpleName(), unbound));
        fail(problems, header);
    }

    /**
     * The header's exports that {@code binding} leaves unbound without a reason in {@code unbound},
     * and the entries of {@code unbound} that are stale (not exported, or bound after all) or give
     * no reason: one line each, by name. An empty {@code bound} leaves every export unbound.
     */
    public static List<String> unboundExports(CHeader header, Set<String> bound, String binding, Map<String, String> unbound) {
        List<String> out = new ArrayList<>();
        new TreeSet<>(header.exports()).forEach(name -> {
            if (!bound.contains(name) && !unbound.containsKey(name)) {
                out.add(name + ": exported by the header, but the " + binding + " does not bind it (bind it, or list it"
                        + " as unbound with the reason)");
            }
        });
        new TreeMap<>(unbound).forEach((name, reason) -> {
            if (!header.exports().contains(name)) {
                out.add(name + ": listed as unbound by the " + binding + ", but the header exports no such function");
            } else if (bound.contains(name)) {
                out.add(name + ": listed as unbound by the " + binding + ", but it binds it");
            } else if (reason.isBlank()) {
                out.add(name + ": listed as unbound by the " + binding + " without a reason");
            }
        });
        return out;
    }

    private static void fail(List<String> mismatches, Path header) {
        if (!mismatches.isEmpty()) {
            throw new AssertionError("bindings do not match " + header + ":\n  " + String.join("\n  ", mismatches));
        }
    }

    public static List<String> ffmMismatches(CHeader header, Map<String, FunctionDescriptor> descriptors) {
        List<String> out = new ArrayList<>();
        descriptors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            FunctionDescriptor fd = e.getValue();
            List<JavaSide> params = fd.argumentLayouts().stream().map(AbiGuard::ffm).toList();
            JavaSide result = fd.returnLayout().map(AbiGuard::ffm).orElse(JavaSide.of("void", Kind.VOID, 0));
            compare(header, e.getKey(), "FFM descriptor", result, params, out);
        });
        return out;
    }

    public static List<String> jnaMismatches(CHeader header, Class<?> binding) {
        List<String> out = new ArrayList<>();
        nativeMethods(binding).forEach(m -> {
                    List<JavaSide> params = Arrays.stream(m.getParameterTypes()).map(AbiGuard::jna).toList();
                    compare(header, m.getName(), "JNA method " + binding.getSimpleName() + "." + m.getName(),
                            jna(m.getReturnType()), params, out);
                });
        return out;
    }

    /** A JNA binding's native functions: an interface's abstract methods, a class's {@code native} ones, by name. */
    private static List<Method> nativeMethods(Class<?> binding) {
        return Arrays.stream(binding.getDeclaredMethods())
                .filter(m -> binding.isInterface() ? Modifier.isAbstract(m.getModifiers()) : Modifier.isNative(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static void compare(CHeader header, String name, String where, JavaSide result, List<JavaSide> params, List<String> out) {
        Prototype proto = header.prototypes().get(name);
        if (proto == null) {
            out.add(name + ": the " + where + " binds it, but the header declares no such function (missing //export?)");
            return;
        }
        if (proto.parameters().size() != params.size()) {
            out.add(name + ": the header declares " + proto.parameters().size() + " parameter(s), the " + where
                    + " has " + params.size());
            return;
        }
        mismatch(proto.result(), result).ifPresent(why ->
                out.add(name + ": the result is " + proto.result() + " in the header, but " + result + " in the " + where + why));
        for (int i = 0; i < params.size(); i++) {
            CHeader.Parameter p = proto.parameters().get(i);
            JavaSide j = params.get(i);
            int index = i + 1;
            mismatch(p.type(), j).ifPresent(why -> out.add(name + ": parameter " + index + " '" + p.name() + "' is "
                    + p.type() + " in the header, but " + j + " in the " + where + why));
        }
    }

    /** Empty when compatible; otherwise a (possibly empty) extra explanation. */
    private static Optional<String> mismatch(CType c, JavaSide j) {
        if (c.kind() == Kind.UNKNOWN) {
            return Optional.of("");
        }
        if (c.kind() == Kind.STRUCT || j.kind() == Kind.STRUCT) {
            return structMismatch(c, j);
        }
        boolean cInteger = c.kind() == Kind.SIGNED || c.kind() == Kind.UNSIGNED;
        boolean jInteger = j.kind() == Kind.SIGNED || j.kind() == Kind.UNSIGNED;
        if (cInteger && jInteger) {
            if (c.size() != j.size()) {
                return Optional.of("");
            }
            // Java's char is the one unsigned carrier: it would misread a signed 16-bit value.
            if (j.kind() == Kind.UNSIGNED && c.kind() == Kind.SIGNED) {
                return Optional.of(" (signed in C, unsigned in Java)");
            }
            return Optional.empty();
        }
        if (c.kind() != j.kind() || c.size() != j.size()) {
            return Optional.of("");
        }
        return Optional.empty();
    }

    /** A struct by value: the same members, in order, each compatible, and the same size. */
    private static Optional<String> structMismatch(CType c, JavaSide j) {
        if (c.kind() != j.kind()) {
            return Optional.of("");
        }
        if (c.members().size() != j.members().size()) {
            return Optional.of(" (" + c.members().size() + " members in C, " + j.members().size() + " in Java)");
        }
        for (int i = 0; i < c.members().size(); i++) {
            CHeader.Member m = c.members().get(i);
            JavaSide jm = j.members().get(i);
            Optional<String> why = mismatch(m.type(), jm);
            if (why.isPresent()) {
                return Optional.of(" (member " + (i + 1) + " '" + m.name() + "' is " + m.type() + " in C, but " + jm
                        + " in Java" + why.get() + ")");
            }
        }
        if (c.size() != j.size()) {
            return Optional.of(" (" + c.size() + " bytes in C, " + j.size() + " in Java: padding differs)");
        }
        return Optional.empty();
    }

    private static JavaSide ffm(MemoryLayout layout) {
        if (layout instanceof AddressLayout) {
            return JavaSide.of("ADDRESS", Kind.POINTER, 8);
        }
        if (layout instanceof StructLayout struct) {
            List<JavaSide> members = struct.memberLayouts().stream()
                    .filter(m -> !(m instanceof PaddingLayout)).map(AbiGuard::ffm).toList();
            return new JavaSide(struct.name().orElse("StructLayout"), Kind.STRUCT, (int) struct.byteSize(), "", members);
        }
        if (layout instanceof ValueLayout v) {
            Class<?> carrier = v.carrier();
            int size = (int) v.byteSize();
            if (carrier == float.class) return JavaSide.of("JAVA_FLOAT", Kind.FLOAT, size);
            if (carrier == double.class) return JavaSide.of("JAVA_DOUBLE", Kind.FLOAT, size);
            if (carrier == char.class) return JavaSide.of("JAVA_CHAR", Kind.UNSIGNED, size);
            if (carrier == boolean.class) return JavaSide.of("JAVA_BOOLEAN", Kind.UNSIGNED, size);
            String name = "JAVA_" + carrier.getSimpleName().toUpperCase();
            return JavaSide.of(name, Kind.SIGNED, size);
        }
        return JavaSide.of(layout.toString(), Kind.UNKNOWN, (int) layout.byteSize());
    }

    private static JavaSide jna(Class<?> type) {
        if (type == void.class) return JavaSide.of("void", Kind.VOID, 0);
        if (type == byte.class) return JavaSide.of("byte", Kind.SIGNED, 1);
        if (type == short.class) return JavaSide.of("short", Kind.SIGNED, 2);
        if (type == int.class) return JavaSide.of("int", Kind.SIGNED, 4);
        if (type == long.class) return JavaSide.of("long", Kind.SIGNED, 8);
        if (type == float.class) return JavaSide.of("float", Kind.FLOAT, 4);
        if (type == double.class) return JavaSide.of("double", Kind.FLOAT, 8);
        if (type == boolean.class) {
            return new JavaSide("boolean", Kind.SIGNED, 4, "JNA passes boolean as a 4-byte C int; use byte for a Go bool", List.of());
        }
        if (type == char.class) {
            return new JavaSide("char", Kind.SIGNED, Native.WCHAR_SIZE, "JNA passes char as wchar_t; use short for a 16-bit value", List.of());
        }
        if (type == NativeLong.class) return JavaSide.of("NativeLong", Kind.SIGNED, Native.LONG_SIZE);
        if (Structure.ByValue.class.isAssignableFrom(type)) {
            return jnaStruct(type);
        }
        if (type.isArray() || type == String.class || type == WString.class || Pointer.class.isAssignableFrom(type)
                || PointerType.class.isAssignableFrom(type) || Structure.class.isAssignableFrom(type)
                || Callback.class.isAssignableFrom(type) || Buffer.class.isAssignableFrom(type)) {
            return JavaSide.of(type.getSimpleName(), Kind.POINTER, 8);
        }
        return JavaSide.of(type.getName(), Kind.UNKNOWN, 0);
    }

    /** A JNA Structure passed by value: its fields in @FieldOrder order, and its native size. */
    private static JavaSide jnaStruct(Class<?> type) {
        Structure.FieldOrder order = type.getAnnotation(Structure.FieldOrder.class);
        if (order == null) {
            return JavaSide.of(type.getSimpleName() + " (no @FieldOrder)", Kind.UNKNOWN, 0);
        }
        List<JavaSide> members = new ArrayList<>();
        for (String field : order.value()) {
            try {
                Class<?> fieldType = type.getField(field).getType();
                // JNA lays a Structure field out inline, by value, inside its parent.
                members.add(Structure.class.isAssignableFrom(fieldType) ? jnaStruct(fieldType) : jna(fieldType));
            } catch (NoSuchFieldException e) {
                return JavaSide.of(type.getSimpleName() + " (no public field '" + field + "')", Kind.UNKNOWN, 0);
            }
        }
        return new JavaSide(type.getSimpleName(), Kind.STRUCT, Native.getNativeSize(type), "", List.copyOf(members));
    }
}
