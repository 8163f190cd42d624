package dev.gofromjava.bulkdata;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.util.TransferPair;

/**
 * The article's table of people, whose ages Go increases by 5 in place, here as Arrow columns; then
 * the same call on a {@code long[]}, a direct buffer and a segment slice, and what the Arrow
 * column does with wrong types, nulls, slices and copies.
 */
public final class BulkDataDemo {
    private BulkDataDemo() {}

    public static void main(String[] args) {
        BulkData go = switch (String.join(" ", args)) {
            case "ffm" -> new BulkDataFfm();
            case "jna" -> new BulkDataJna();
            default -> throw new IllegalArgumentException("usage: BulkDataDemo ffm|jna");
        };
        try (BufferAllocator allocator = new RootAllocator();
             VarCharVector name = new VarCharVector("name", allocator);
             BigIntVector age = new BigIntVector("age", allocator)) {
            // docs:begin table
            name.allocateNew(3);
            age.allocateNew(3);
            String[] names = {"Alice", "Bob", "Charlie"};
            for (int i = 0; i < names.length; i++) {
                name.setSafe(i, names[i].getBytes(StandardCharsets.UTF_8));
                age.set(i, 20 + 10 * i);
            }
            try (VectorSchemaRoot people = VectorSchemaRoot.of(name, age)) {
                people.setRowCount(names.length);
                System.out.println("Before");
                System.out.print(people.contentToTSVString());
                go.increase(people.getVector("age"), 5); // checked: a BigIntVector, updated in place
                System.out.println("After");
                System.out.print(people.contentToTSVString());
            }
            // docs:end table
        }

        // docs:begin sources
        long[] array = {1, 2, 3};
        go.increase(array, 10);
        System.out.println("long[] [1, 2, 3] + 10 = " + Arrays.toString(array));

        LongBuffer buffer = ByteBuffer.allocateDirect(4 * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
        buffer.put(new long[] {1, 2, 3, 4}).position(1).limit(3);
        go.increase(buffer, 100); // position to limit only
        System.out.println("direct LongBuffer [1, 2, 3, 4], position 1, limit 3, + 100 = " + contents(buffer));

        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(ValueLayout.JAVA_LONG, 5); // zeroed
            go.increase(segment.asSlice(1 * Long.BYTES, 2 * Long.BYTES), 2, 7);
            System.out.println("segment [0, 0, 0, 0, 0], slice 1..3, + 7 = "
                    + Arrays.toString(segment.toArray(ValueLayout.JAVA_LONG)));
        }
        // docs:end sources

        long[] max = {Long.MAX_VALUE};
        go.increase(max, 1);
        System.out.println("wraps around like Java: Long.MAX_VALUE + 1 = " + max[0]);

        arrow(go);
    }

    private static void arrow(BulkData go) {
        try (BufferAllocator allocator = new RootAllocator()) {
            try (BigIntVector withNull = new BigIntVector("x", allocator)) {
                withNull.allocateNew(3);
                withNull.set(0, 1);
                withNull.setNull(1);
                withNull.set(2, 3);
                withNull.setValueCount(3);
                String before = withNull.toString();
                go.increase(withNull, 1);
                System.out.println("nulls stay null: " + before + " + 1 = " + withNull);
            }

            try (Float8Vector score = new Float8Vector("score", allocator)) {
                score.allocateNew(1);
                score.set(0, 1.5);
                score.setValueCount(1);
                go.increase(score, 1);
            } catch (IllegalArgumentException e) {
                System.out.println("refused: " + e.getMessage());
            }

            try (BigIntVector age = new BigIntVector("age", allocator)) {
                age.allocateNew(3);
                for (int i = 0; i < 3; i++) {
                    age.set(i, 25 + 10 * i);
                }
                age.setValueCount(3);

                // docs:begin slices
                // A slice of rows 1..2: splitAndTransfer shares the data buffer.
                TransferPair pair = age.getTransferPair(allocator);
                pair.splitAndTransfer(1, 2);
                try (BigIntVector slice = (BigIntVector) pair.getTo()) {
                    go.increase(slice, 100);
                }
                System.out.println("rows 1..2 split off, + 100: the column is now " + age + " (shared memory)");

                // A selection (age > 30) copied row by row into a new vector: a copy.
                try (BigIntVector selected = new BigIntVector("selected", allocator)) {
                    List<Integer> rows = new ArrayList<>();
                    for (int i = 0; i < age.getValueCount(); i++) {
                        if (age.get(i) > 30) {
                            rows.add(i);
                        }
                    }
                    for (int j = 0; j < rows.size(); j++) {
                        selected.copyFromSafe(rows.get(j), j, age);
                    }
                    selected.setValueCount(rows.size());
                    go.increase(selected, 1000);
                    System.out.println("age > 30 copied out, + 1000: the copy is " + selected
                            + ", the column still " + age);
                }
                // docs:end slices
            }
        }
    }

    private static String contents(LongBuffer buffer) {
        long[] all = new long[buffer.capacity()];
        buffer.duplicate().clear().get(all);
        return Arrays.toString(all);
    }
}
