package dev.gofromjava.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JMH run's results, as JMH writes them with {@code -rf csv}: one score per benchmark method and
 * set of parameters. Both benchmark reports (lessons 15 and 17) read their runs through this class.
 *
 * <p>A result's key is the benchmark's class and method, then {@code name=value} for each
 * parameter it has, in JMH's column order (parameter names sorted):
 * {@code "BufferBench.freshBuffer binding=ffm"}. JMH's CSV follows RFC 4180: a cell holding a
 * comma, a space, a quote or a line break is quoted, and a quote inside one is doubled.
 */
public final class JmhResults {
    static final String ERROR_COLUMN = "Score Error (99.9%)";

    /** A JMH score with its 99.9% error (NaN when JMH had too few samples for one) and unit. */
    public record Score(double value, double error, String unit) {
        /** The score in nanoseconds per operation; only JMH's time-per-operation units convert. */
        public double nanos() {
            return value * nanosPerUnit();
        }

        /** The error in nanoseconds per operation. */
        public double errorNanos() {
            return error * nanosPerUnit();
        }

        private double nanosPerUnit() {
            return switch (unit) {
                case "ns/op" -> 1;
                case "us/op" -> 1e3;
                case "ms/op" -> 1e6;
                case "s/op" -> 1e9;
                default -> throw new IllegalStateException("unit " + unit + " is not a time per operation");
            };
        }
    }

    private final String source;
    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> params = new LinkedHashMap<>();

    private JmhResults(String source) {
        this.source = source;
    }

    /** Reads the CSV file JMH wrote. */
    public static JmhResults read(Path csv) throws IOException {
        return parse(Files.readString(csv, StandardCharsets.UTF_8), csv.toString());
    }

    /** Reads JMH's CSV from {@code text}; {@code source} names it in errors. */
    public static JmhResults parse(String text, String source) {
        List<List<String>> rows = rows(text);
        if (rows.isEmpty() || !rows.get(0).contains("Benchmark") || !rows.get(0).contains(ERROR_COLUMN)) {
            throw new IllegalArgumentException(source + " is not JMH's CSV: its first line names no Benchmark and "
                    + ERROR_COLUMN + " columns");
        }
        List<String> header = rows.get(0);
        JmhResults results = new JmhResults(source);
        for (List<String> cells : rows.subList(1, rows.size())) {
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue; // the blank line after the last row
            }
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(source + ": a row of " + cells.size() + " cells under a header of "
                        + header.size() + ": " + cells);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            String benchmark = row.get("Benchmark");
            String method = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            StringBuilder key = new StringBuilder(method);
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, String> cell : row.entrySet()) {
                if (cell.getKey().startsWith("Param: ") && !cell.getValue().isEmpty()) {
                    String name = cell.getKey().substring("Param: ".length());
                    key.append(' ').append(name).append('=').append(cell.getValue());
                    values.put(name, cell.getValue());
                }
            }
            results.scores.put(key.toString(),
                    new Score(number(row.get("Score")), number(row.get(ERROR_COLUMN)), row.get("Unit")));
            results.params.computeIfAbsent(method, m -> new ArrayList<>()).add(values);
        }
        return results;
    }

    /** The result under {@code key}; a missing one is an error that names it. */
    public Score score(String key) {
        Score score = scores.get(key);
        if (score == null) {
            throw new IllegalStateException("no result for " + key + " in " + source + ": did every benchmark run?");
        }
        return score;
    }

    public boolean has(String key) {
        return scores.containsKey(key);
    }

    /** Every key, in the order of the file. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(scores.keySet());
    }

    /** The values parameter {@code name} took in the runs of {@code method} ("Class.method"), each once, in file order. */
    public List<String> paramValues(String method, String name) {
        List<String> seen = new ArrayList<>();
        for (Map<String, String> values : params.getOrDefault(method, List.of())) {
            String value = values.get(name);
            if (value != null && !seen.contains(value)) {
                seen.add(value);
            }
        }
        return seen;
    }

    private static double number(String cell) {
        return cell.isEmpty() || cell.equals("NaN") ? Double.NaN : Double.parseDouble(cell);
    }

    /** RFC 4180: rows of cells; quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("JMH's CSV: a quote is not closed");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
