package dev.gofromjava.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exported prototypes of a header written by {@code go build -buildmode=c-shared},
 * with every type reduced to what matters at the call boundary: integer, float, pointer or void,
 * and its size on this platform (LP64).
 */
public final class CHeader {
    /** What kind of value a C type passes. */
    public enum Kind { SIGNED, UNSIGNED, FLOAT, POINTER, VOID, UNKNOWN }

    /** A C type as spelled in the header, and what it resolves to. */
    public record CType(String spelling, Kind kind, int size) {
        @Override
        public String toString() {
            return switch (kind) {
                case VOID -> spelling;
                case POINTER -> spelling + " (pointer)";
                case UNKNOWN -> spelling + " (a type the ABI guard does not know)";
                case FLOAT -> spelling + " (" + size + "-byte float)";
                default -> spelling + " (" + size + "-byte " + (kind == Kind.UNSIGNED ? "unsigned " : "") + "integer)";
            };
        }
    }

    public record Parameter(String name, CType type) {}

    public record Prototype(String name, CType result, List<Parameter> parameters) {}

    private static final Pattern TYPEDEF = Pattern.compile("^typedef\\s+([\\w\\s\\*]+?)\\s+(\\w+)\\s*;");
    /** "typedef void* (*alloc_f)(char* t, int64_t n);": a function pointer type. */
    private static final Pattern FUNCTION_POINTER = Pattern.compile("^typedef\\s+[^(]+\\(\\s*\\*\\s*(\\w+)\\s*\\)\\s*\\(.*\\)\\s*;");
    private static final Pattern EXTERN = Pattern.compile("^extern\\s+(.+?)\\s*\\b(\\w+)\\s*\\((.*)\\)\\s*;");
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
    private final Map<String, Prototype> prototypes = new LinkedHashMap<>();

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
        for (String raw : text.split("\n")) {
            String line = raw.strip();
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
        CType base = BASE.get(resolved);
        return base == null ? new CType(s, Kind.UNKNOWN, 0) : new CType(s, base.kind(), base.size());
    }

    private static String normalize(String spelling) {
        return spelling.replace("const ", "").replaceAll("\\s*\\*", "*").replaceAll("\\s+", " ").strip();
    }

    public Map<String, Prototype> prototypes() {
        return prototypes;
    }
}
