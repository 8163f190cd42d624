package dev.gofromjava.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exported prototypes of a header written by {@code go build -buildmode=c-shared},
 * with every type reduced to what matters at the call boundary: integer, float, pointer, void or
 * a struct of those, and its size on this platform (LP64).
 */
public final class CHeader {
    /** What kind of value a C type passes. */
    public enum Kind { SIGNED, UNSIGNED, FLOAT, POINTER, VOID, STRUCT, UNKNOWN }

    /** A C type as spelled in the header, and what it resolves to; a struct has its members. */
    public record CType(String spelling, Kind kind, int size, List<Member> members) {
        public CType(String spelling, Kind kind, int size) {
            this(spelling, kind, size, List.of());
        }

        /** The alignment C gives it: a scalar's own size, a struct's widest member's. */
        public int alignment() {
            return kind == Kind.STRUCT ? members.stream().mapToInt(m -> m.type().alignment()).max().orElse(1) : Math.max(size, 1);
        }

        @Override
        public String toString() {
            return switch (kind) {
                case VOID -> spelling;
                case POINTER -> spelling + " (pointer)";
                case UNKNOWN -> spelling + " (a type the ABI guard does not know)";
                case FLOAT -> spelling + " (" + size + "-byte float)";
                case STRUCT -> spelling + " (" + size + "-byte struct of " + members.size() + " members)";
                default -> spelling + " (" + size + "-byte " + (kind == Kind.UNSIGNED ? "unsigned " : "") + "integer)";
            };
        }
    }

    /** A struct member. */
    public record Member(String name, CType type) {}

    public record Parameter(String name, CType type) {}

    public record Prototype(String name, CType result, List<Parameter> parameters) {}

    private static final Pattern TYPEDEF = Pattern.compile("^typedef\\s+([\\w\\s\\*]+?)\\s+(\\w+)\\s*;");
    /** "typedef void* (*alloc_f)(char* t, int64_t n);": a function pointer type. */
    private static final Pattern FUNCTION_POINTER = Pattern.compile("^typedef\\s+[^(]+\\(\\s*\\*\\s*(\\w+)\\s*\\)\\s*\\(.*\\)\\s*;");
    private static final Pattern EXTERN = Pattern.compile("^extern\\s+(.+?)\\s*\\b(\\w+)\\s*\\((.*)\\)\\s*;");
    /** A struct definition, on one line or many: "typedef struct tag { ... } name;" or "struct tag { ... };". */
    private static final Pattern STRUCT = Pattern.compile(
            "(typedef\\s+)?struct\\s+(\\w+)?\\s*\\{([^{}]*)\\}\\s*(\\w+)?\\s*;");
    private static final Map<String, CType> BASE = new HashMap<>();

    static {
        base(Kind.SIGNED, 1, "signed char", "char", "int8_t");
        base(Kind.UNSIGNED, 1, "unsigned char", "uint8_t", "_Bool", "bool");
        base(Kind.SIGNED, 2, "short", "short int", "int16_t");
        base(Kind.UNSIGNED, 2, "unsigned short", "unsigned short int", "uint16_t");
        base(Kind.SIGNED, 4, "int", "int32_t");
        base(Kind.UNSIGNED, 4, "unsigned int", "unsigned", "uint32_t");
        base(Kind.SIGNED, 8, "long", "long long", "long int", "long long int", "int64_t", "ptrdiff_t", "ssize_t");
        base(Kind.UNSIGNED, 8, "unsigned long", "unsigned long long", "uint64_t", "size_t", "uintptr_t");
        base(Kind.FLOAT, 4, "float");
        base(Kind.FLOAT, 8, "double");
        base(Kind.VOID, 0, "void");
    }

    private static void base(Kind kind, int size, String... names) {
        for (String name : names) {
            BASE.put(name, new CType(name, kind, size));
        }
    }

    private final Map<String, String> typedefs = new HashMap<>();
    /** Struct members as spelled, by "struct tag" and by typedef name. */
    private final Map<String, List<String[]>> structs = new HashMap<>();
    private final Map<String, Prototype> prototypes = new LinkedHashMap<>();
    /** The names of the prototypes after cgo's prologue: the library's //export functions. */
    private final Set<String> exports = new LinkedHashSet<>();

    /**
     * The line cgo writes after its own declarations: what comes before it is the cgo preamble
     * and cgo's helpers ({@code _GoStringLen}, {@code _GoStringPtr}), what comes after it is the
     * package's //export functions.
     */
    static final String END_OF_PROLOGUE = "End of boilerplate cgo prologue";

    public static CHeader read(Path header) {
        try {
            return parse(Files.readString(header));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cgo header " + header
                    + " (it is written beside the library by go build -buildmode=c-shared)", e);
        }
    }

    public static CHeader parse(String text) {
        CHeader header = new CHeader();
        Matcher s = STRUCT.matcher(text.replaceAll("//[^\n]*", "").replaceAll("(?s)/\\*.*?\\*/", ""));
        while (s.find()) {
            List<String[]> members = new ArrayList<>();
            for (String member : s.group(3).split(";")) {
                String m = member.strip().replaceAll("\\s+", " ");
                Matcher f = Pattern.compile("^.*\\(\\s*\\*\\s*(\\w+)\\s*\\)\\s*\\(.*\\)$").matcher(m); // a function pointer
                Matcher v = Pattern.compile("^(.*?)\\s*\\b(\\w+)$").matcher(normalize(m));
                if (f.find()) {
                    members.add(new String[] {"void*", f.group(1)});
                } else if (!m.isEmpty() && v.find()) {
                    members.add(new String[] {v.group(1), v.group(2)});
                }
            }
            if (s.group(2) != null) {
                header.structs.put("struct " + s.group(2), members);
            }
            if (s.group(1) != null && s.group(4) != null) {
                header.structs.put(s.group(4), members);
            }
        }
        boolean afterPrologue = !text.contains(END_OF_PROLOGUE); // a header without it: all are exports
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.contains(END_OF_PROLOGUE)) {
                afterPrologue = true;
                continue;
            }
            Matcher f = FUNCTION_POINTER.matcher(line);
            if (f.find()) {
                header.typedefs.put(f.group(1), "void*"); // passed as a pointer, like any function pointer
                continue;
            }
            // "typedef void *GoMap;" -> "typedef void* GoMap;"
            Matcher t = TYPEDEF.matcher(line.replaceAll("\\s*\\*\\s*", "* "));
            if (t.find()) {
                header.typedefs.put(t.group(2), normalize(t.group(1)));
                continue;
            }
            Matcher e = EXTERN.matcher(line);
            if (e.find()) {
                header.addPrototype(e.group(2), e.group(1), e.group(3));
                if (afterPrologue) {
                    header.exports.add(e.group(2));
                }
            }
        }
        return header;
    }

    private void addPrototype(String name, String result, String params) {
        List<Parameter> parameters = new ArrayList<>();
        String list = params.strip();
        if (!list.isEmpty() && !list.equals("void")) {
            int index = 0;
            for (String param : list.split(",")) {
                index++;
                String p = normalize(param);
                Matcher m = Pattern.compile("^(.*?)\\s*\\b(\\w+)$").matcher(p);
                // "GoInt64 a" has a name; a bare "GoInt64" does not.
                if (m.find() && !m.group(1).isEmpty() && !m.group(1).endsWith("unsigned") && !m.group(1).equals("long")) {
                    parameters.add(new Parameter(m.group(2), type(m.group(1))));
                } else {
                    parameters.add(new Parameter("p" + index, type(p)));
                }
            }
        }
        prototypes.put(name, new Prototype(name, type(result), List.copyOf(parameters)));
    }

    /** Resolves a spelling through the header's typedefs to a kind and size. */
    public CType type(String spelling) {
        String s = normalize(spelling);
        if (s.endsWith("*")) {
            return new CType(s, Kind.POINTER, 8);
        }
        String resolved = s;
        for (int depth = 0; depth < 16 && !BASE.containsKey(resolved) && typedefs.containsKey(resolved); depth++) {
            resolved = typedefs.get(resolved);
            if (resolved.endsWith("*")) {
                return new CType(s, Kind.POINTER, 8);
            }
        }
        if (structs.containsKey(resolved) || structs.containsKey(s)) {
            return struct(s, structs.getOrDefault(resolved, structs.get(s)));
        }
        CType base = BASE.get(resolved);
        return base == null ? new CType(s, Kind.UNKNOWN, 0) : new CType(s, base.kind(), base.size());
    }

    /** A struct's members laid out as C lays them out: each at a multiple of its alignment. */
    private CType struct(String spelling, List<String[]> declared) {
        List<Member> members = new ArrayList<>();
        int offset = 0;
        int alignment = 1;
        for (String[] d : declared) {
            CType t = type(d[0]);
            if (t.kind() == Kind.UNKNOWN || t.kind() == Kind.VOID) {
                return new CType(spelling, Kind.UNKNOWN, 0);
            }
            offset = roundUp(offset, t.alignment()) + t.size();
            alignment = Math.max(alignment, t.alignment());
            members.add(new Member(d[1], t));
        }
        return new CType(spelling, Kind.STRUCT, roundUp(offset, alignment), List.copyOf(members));
    }

    private static int roundUp(int n, int alignment) {
        return (n + alignment - 1) / alignment * alignment;
    }

    private static String normalize(String spelling) {
        return spelling.replace("const ", "").replaceAll("\\s*\\*", "*").replaceAll("\\s+", " ").strip();
    }

    /** Every prototype the header declares, cgo's helpers among them, by name. */
    public Map<String, Prototype> prototypes() {
        return prototypes;
    }

    /** The functions the library exports (//export): the prototypes after cgo's prologue, in header order. */
    public Set<String> exports() {
        return Collections.unmodifiableSet(exports);
    }
}
