package dev.gofromjava.operations;

import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One record a Go library logged with log/slog, as it arrives in Java.
 *
 * @param time when Go made it (slog's own time, not when Java received it); null if Go gave none
 * @param goLevel its slog level: -4 debug, 0 info, 4 warn, 8 error, or any level between
 * @param message its message
 * @param attributes its attributes in order, groups flattened into dotted keys ({@code req.path}):
 *     Long, BigInteger (a uint64 above Long.MAX_VALUE), Double, Boolean, String, Duration or Instant
 *     by slog's kind; any other Go value as its text
 */
public record GoLogRecord(Instant time, int goLevel, String message, Map<String, Object> attributes) {
    public GoLogRecord {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    // docs:begin level
    /** The System.Logger level of a slog level: below -4 TRACE, to 0 DEBUG, to 4 INFO, to 8 WARNING, then ERROR. */
    public static Level level(long goLevel) {
        return goLevel < -4 ? Level.TRACE : goLevel < 0 ? Level.DEBUG : goLevel < 4 ? Level.INFO
                : goLevel < 8 ? Level.WARNING : Level.ERROR;
    }
    // docs:end level

    /** {@link #level(long)} of this record. */
    public Level level() {
        return level(goLevel);
    }

    /** The message, then each attribute as {@code key=value}: what a text log shows. */
    @Override
    public String toString() {
        if (attributes.isEmpty()) {
            return message;
        }
        return message + " " + attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    // The kinds Go sends (slog.Kind), each value as text.
    private static final int ANY = 0, BOOL = 1, DURATION = 2, FLOAT64 = 3, INT64 = 4, STRING = 5, TIME = 6, UINT64 = 7;

    // docs:begin decode
    /**
     * The records in {@code bytes}, as Go's logsDrain writes them (little-endian): per record its
     * size, time (Unix ns), level, attribute count, message, then per attribute its key, kind and
     * value; each string a length and UTF-8. Fails with {@link IllegalStateException} on bytes
     * that do not hold whole records, rather than read past one.
     */
    public static List<GoLogRecord> decode(byte[] bytes) {
        ByteBuffer all = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<GoLogRecord> records = new ArrayList<>();
        try {
            while (all.hasRemaining()) {
                int size = all.getInt(all.position());
                if (size < 24 || size > all.remaining()) {
                    throw new IllegalStateException("a record of " + size + " bytes, with " + all.remaining() + " left");
                }
                ByteBuffer r = all.slice(all.position() + 4, size - 4).order(ByteOrder.LITTLE_ENDIAN);
                all.position(all.position() + size);
                long nanos = r.getLong();
                int level = r.getInt();
                int count = r.getInt();
                String message = string(r);
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    String key = string(r);
                    int kind = r.get();
                    attributes.put(key, value(kind, string(r)));
                }
                if (r.hasRemaining()) {
                    throw new IllegalStateException("a record of " + size + " bytes has " + r.remaining() + " bytes after its last attribute");
                }
                records.add(new GoLogRecord(nanos == Long.MIN_VALUE ? null : Instant.EPOCH.plusNanos(nanos), level, message, attributes));
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalStateException("malformed log records from Go: " + e, e);
        }
        return records;
    }
    // docs:end decode

    private static String string(ByteBuffer r) {
        int length = r.getInt();
        if (length < 0 || length > r.remaining()) {
            throw new IllegalStateException("a string of " + length + " bytes, with " + r.remaining() + " left");
        }
        String s = new String(r.array(), r.arrayOffset() + r.position(), length, StandardCharsets.UTF_8);
        r.position(r.position() + length);
        return s;
    }

    private static Object value(int kind, String text) {
        return switch (kind) {
            case BOOL -> Boolean.parseBoolean(text);
            case DURATION -> Duration.ofNanos(Long.parseLong(text));
            case FLOAT64 -> switch (text) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(text); // Go's 'g' format, or NaN
            };
            case INT64 -> Long.parseLong(text);
            case TIME -> Instant.EPOCH.plusNanos(Long.parseLong(text));
            case UINT64 -> {
                BigInteger n = new BigInteger(text);
                yield n.bitLength() < 64 ? (Object) n.longValueExact() : n;
            }
            case STRING, ANY -> text;
            default -> text;
        };
    }
}
