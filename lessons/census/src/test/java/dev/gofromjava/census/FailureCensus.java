package dev.gofromjava.census;

import dev.gofromjava.alloc.SquareRoots;
import dev.gofromjava.alloc.SquareRootsFfm;
import dev.gofromjava.alloc.SquareRootsJna;
import dev.gofromjava.arrays.Squares;
import dev.gofromjava.arrays.SquaresFfm;
import dev.gofromjava.arrays.SquaresJna;
import dev.gofromjava.bridge.GoLibrary;
import dev.gofromjava.bulkdata.BulkData;
import dev.gofromjava.bulkdata.BulkDataFfm;
import dev.gofromjava.bulkdata.BulkDataJna;
import dev.gofromjava.errors.Errors;
import dev.gofromjava.errors.ErrorsFfm;
import dev.gofromjava.errors.ErrorsJna;
import dev.gofromjava.ownership.UserInfo;
import dev.gofromjava.ownership.Users;
import dev.gofromjava.ownership.UsersFfm;
import dev.gofromjava.ownership.UsersJna;
import dev.gofromjava.stringarrays.StringArrays;
import dev.gofromjava.stringarrays.StringArraysFfm;
import dev.gofromjava.stringarrays.StringArraysJna;
import dev.gofromjava.strings.Strings;
import dev.gofromjava.strings.StringsFfm;
import dev.gofromjava.strings.StringsJna;
import dev.gofromjava.structs.People;
import dev.gofromjava.structs.PeopleFfm;
import dev.gofromjava.structs.PeopleJna;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.LongBuffer;
import java.util.List;
import java.util.function.Function;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * The failure census: every lesson's Java API, from 03 to 10, called with the inputs a caller gets
 * wrong (null, a negative or oversize count, a closed arena or object, too small a buffer), through
 * both bindings.
 *
 * <p>Run as {@code main(lesson)} in a JVM of its own, with that lesson's Go library: it prints one
 * line per call, {@code ROW <tab> call <tab> input <tab> binding <tab> outcome}, where the outcome
 * is what the call returned or threw, and any C blocks it left allocated. Before each call it
 * prints the call on stderr, so a crash names the call that caused it. {@link FailureCensusTest}
 * runs it for every lesson and checks the table on docs/bench/10-failure-census.md against it.
 */
public final class FailureCensus {
    /** One bad call: the Java method (and the export it reaches), the input, and the call itself. */
    record Probe<T>(String call, String input, Function<T, Object> run) {}

    private FailureCensus() {}

    public static void main(String[] args) {
        switch (args[0]) {
            case "03-arrays" -> census(List.of(new SquaresFfm(), new SquaresJna()), arrays());
            case "04-strings" -> census(List.of(new StringsFfm(), new StringsJna()), strings());
            case "05-string-arrays" -> census(List.of(new StringArraysFfm(), new StringArraysJna()), stringArrays());
            case "06-bulk-data" -> census(List.of(new BulkDataFfm(), new BulkDataJna()), bulkData());
            case "07-alloc" -> census(List.of(new SquareRootsFfm(), new SquareRootsJna()), alloc());
            case "08-structs" -> census(List.of(new PeopleFfm(), new PeopleJna()), structs());
            case "09-ownership" -> census(List.of(new UsersFfm(), new UsersJna()), ownership());
            case "10-errors" -> census(List.of(new ErrorsFfm(), new ErrorsJna()), errors());
            default -> throw new IllegalArgumentException("no census for lesson " + args[0]);
        }
    }

    private static <T> void census(List<T> bindings, List<Probe<T>> probes) {
        for (Probe<T> probe : probes) {
            for (T binding : bindings) {
                System.err.println("calling " + probe.call() + " with " + probe.input() + " through " + binding);
                long live = GoLibrary.liveAllocationsIfLoaded().orElse(0);
                String outcome = outcome(probe, binding);
                long left = GoLibrary.liveAllocationsIfLoaded().orElse(0) - live;
                if (left != 0) {
                    outcome += " (and " + left + " C blocks left allocated)";
                }
                System.out.println(String.join("\t", "ROW", probe.call(), probe.input(), binding.toString(), outcome));
            }
        }
        System.out.flush();
    }

    private static <T> String outcome(Probe<T> probe, T binding) {
        try {
            Object result = probe.run().apply(binding);
            return result == null ? "returns" : "returns " + result;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static <T> Probe<T> probe(String call, String input, Function<T, Object> run) {
        return new Probe<>(call, input, run);
    }

    /** A native segment whose arena is already closed. */
    private static MemorySegment closed(long bytes) {
        Arena arena = Arena.ofConfined();
        MemorySegment segment = arena.allocate(bytes, 8);
        arena.close();
        return segment;
    }

    private static List<Probe<Squares>> arrays() {
        double[] two = new double[2];
        return List.of(
                probe("squares(double[]…) → squares", "in is null", go -> { go.squares(null, two, 1); return null; }),
                probe("squares(double[]…) → squares", "n = -1", go -> { go.squares(two, two, -1); return null; }),
                probe("squares(double[]…) → squares", "n = 3 for arrays of 2", go -> { go.squares(two, two, 3); return null; }),
                probe("squares(double[]…) → squares", "offset past the end", go -> { go.squares(two, 2, two, 0, 1); return null; }),
                probe("squares(MemorySegment…) → squares", "MemorySegment.NULL", go -> { go.squares(MemorySegment.NULL, closed(16), 1); return null; }),
                probe("squares(MemorySegment…) → squares", "n = 3 for 16 bytes", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        go.squares(arena.allocate(16, 8), arena.allocate(16, 8), 3);
                    }
                    return null;
                }),
                probe("squares(MemorySegment…) → squares", "a closed arena's segment", go -> { go.squares(closed(16), closed(16), 2); return null; }));
    }

    private static List<Probe<Strings>> strings() {
        return List.of(
                probe("repeat(s, n) → repeatSize, repeat", "s is null", go -> go.repeat(null, 2)),
                probe("repeat(s, n) → repeatSize, repeat", "n = -1", go -> go.repeat("ab", -1)),
                probe("repeat(s, n) → repeatSize, repeat", "n = 2^31 - 1", go -> go.repeat("ab", Integer.MAX_VALUE)),
                probe("repeat(s, n) → repeatSize, repeat", "s holds a NUL", go -> go.repeat("a\0b", 2)),
                probe("repeat(s, n, out) → repeat", "out is null", go -> go.repeat("ab", 2, null)),
                probe("repeat(s, n, out) → repeat", "out of 4 bytes, 5 needed", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        return go.repeat("ab", 2, arena.allocate(4));
                    }
                }),
                probe("repeat(s, n, out) → repeat", "a closed arena's segment", go -> go.repeat("ab", 2, closed(16))),
                probe("repeat(s, n, out) → repeat", "a heap segment", go -> go.repeat("ab", 2, MemorySegment.ofArray(new byte[16]))));
    }

    private static List<Probe<StringArrays>> stringArrays() {
        String[] ab = {"a", "b"};
        return List.of(
                probe("join → join", "strs is null", go -> { go.join(null, ","); return null; }),
                probe("join → join", "an element is null", go -> { go.join(new String[] {"a", null}, ","); return null; }),
                probe("joinSize → joinSize", "sep is null", go -> go.joinSize(ab, null)),
                probe("joinInto → joinInto", "out of 2 bytes, 4 needed", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        return go.joinInto(ab, ",", arena.allocate(2));
                    }
                }),
                probe("joinInto → joinInto", "a closed arena's segment", go -> go.joinInto(ab, ",", closed(16))),
                probe("joinCountedSize → joinCountedSize", "an element holds a NUL", go -> go.joinCountedSize(new String[] {"a\0"}, ",")),
                probe("joinCountedInto → joinCountedInto", "out is null", go -> go.joinCountedInto(ab, ",", null)),
                probe("joinCounted → joinCountedSize, joinCountedInto", "strs is null", go -> go.joinCounted(null, ",")));
    }

    private static List<Probe<BulkData>> bulkData() {
        long[] two = new long[2];
        return List.of(
                probe("increase(long[]…) → increase", "nums is null", go -> { go.increase((long[]) null, 1, 1); return null; }),
                probe("increase(long[]…) → increase", "n = -1", go -> { go.increase(two, -1, 1); return null; }),
                probe("increase(long[]…) → increase", "n = 3 for 2 longs", go -> { go.increase(two, 3, 1); return null; }),
                probe("increase(LongBuffer…) → increase", "a read-only buffer", go -> { go.increase(LongBuffer.allocate(2).asReadOnlyBuffer(), 1); return null; }),
                probe("increase(MemorySegment…) → increase", "n = 3 for 16 bytes", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        go.increase(arena.allocate(16, 8), 3, 1);
                    }
                    return null;
                }),
                probe("increase(MemorySegment…) → increase", "a closed arena's segment", go -> { go.increase(closed(16), 2, 1); return null; }),
                probe("increase(ValueVector…) → increaseArrow", "column is null", go -> { go.increase((BigIntVector) null, 1); return null; }),
                probe("increase(ValueVector…) → increaseArrow", "a string column", go -> {
                    try (RootAllocator allocator = new RootAllocator(); VarCharVector text = new VarCharVector("text", allocator)) {
                        text.allocateNew(1);
                        text.setSafe(0, "x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        text.setValueCount(1);
                        go.increase(text, 1);
                    }
                    return null;
                }),
                probe("increase(ValueVector…) → increaseArrow", "a closed column", go -> {
                    try (RootAllocator allocator = new RootAllocator()) {
                        BigIntVector column = new BigIntVector("n", allocator);
                        column.allocateNew(2);
                        column.setValueCount(2);
                        column.close();
                        go.increase(column, 1);
                        return "valueCount " + column.getValueCount();
                    }
                }));
    }

    private static List<Probe<SquareRoots>> alloc() {
        return List.of(
                probe("sqrts → sqrtsSized", "n = -1", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        return go.sqrts(-1, arena);
                    }
                }),
                probe("sqrts → sqrtsSized", "arena is null", go -> go.sqrts(3, (Arena) null)),
                probe("sqrts → sqrtsSized", "a closed arena", go -> {
                    Arena arena = Arena.ofConfined();
                    arena.close();
                    return go.sqrts(3, arena);
                }),
                probe("sqrts → sqrtsSized", "the allocator returns null", go -> go.sqrts(3, (type, count) -> null)),
                probe("sqrts → sqrtsSized", "the allocator returns 8 bytes", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        return go.sqrts(3, (type, count) -> arena.allocate(8, 8));
                    }
                }),
                probe("sqrts → sqrtsSized", "the allocator returns a heap segment", go ->
                        go.sqrts(3, (type, count) -> MemorySegment.ofArray(new long[(int) count]))),
                probe("sqrts → sqrtsSized", "the allocator throws", go -> go.sqrts(3, (type, count) -> {
                    throw new UnsupportedOperationException("no memory for you");
                })));
    }

    private static List<Probe<People>> structs() {
        return List.of(
                probe("fill → fill, fillSize", "firstName is null", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        return go.fill(null, "Doe", arena.allocate(16));
                    }
                }),
                probe("fill → fill, fillSize", "fullName is null", go -> go.fill("Jane", "Doe", null)),
                probe("fill → fill, fillSize", "fullName of 4 bytes, 9 needed", go -> {
                    try (Arena arena = Arena.ofConfined()) {
                        return go.fill("Jane", "Doe", arena.allocate(4));
                    }
                }),
                probe("fill → fill, fillSize", "a closed arena's segment", go -> go.fill("Jane", "Doe", closed(16))),
                probe("midpoint → midpoint", "a is null", go -> go.midpoint(null, new People.Point(1, 2))));
    }

    private static List<Probe<Users>> ownership() {
        return List.of(
                probe("getUserInfo → getUserInfo", "name is null", go -> go.getUserInfo(null)),
                probe("getUserInfo → getUserInfo", "name holds a NUL", go -> go.getUserInfo("a\0b")),
                probe("UserInfo.info", "after close()", go -> {
                    UserInfo user = go.getUserInfo("Ann");
                    user.close();
                    return user.info();
                }),
                probe("UserInfo.close → delUserInfo", "twice", go -> {
                    UserInfo user = go.getUserInfo("Ann");
                    user.close();
                    user.close();
                    return "closed: " + user.isClosed();
                }));
    }

    private static List<Probe<Errors>> errors() {
        return List.of(
                probe("even → even, delError", "i = -3", go -> go.even(-3)),
                probe("evenStatus → evenStatus", "i = -3", go -> go.evenStatus(-3)),
                probe("divide → divide, delError", "b = 0", go -> go.divide(7, 0)),
                probe("prime → prime, delError", "i = 6", go -> go.prime(6)),
                probe("prime → prime, delError", "i = -1", go -> go.prime(-1)),
                probe("tally → tally, delError", "word is null", go -> go.tally(null)),
                probe("tally → tally, delError", "any word", go -> go.tally("go")));
    }
}
