package dev.gofromjava.regexp.bench;

import dev.gofromjava.tools.BenchPage;
import dev.gofromjava.tools.JmhResults;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Turns one run of {@code scripts/bench 17-regexp} into a short summary table on the lesson's page
 * (docs/17-regexp.md), every table in full on its bench page (docs/bench/17-regexp.md), each
 * between its {@code <!-- bench:begin -->} and {@code <!-- bench:end -->} lines, and the chart.
 *
 * <pre>RegexpBenchReport RESULTS_DIR PAGE.md TABLES.md CHART.png</pre>
 *
 * Every figure comes from the run's files: jmh.csv (JMH's own CSV) and machine.properties.
 */
public final class RegexpBenchReport {
    static final String[] ENGINES = {"GO_FFM", "GO_JNA", "RE2J", "JAVA_UTIL_REGEX"};
    static final Map<String, String> NAMES = Map.of("GO_FFM", "Go via FFM", "GO_JNA", "Go via JNA",
            "RE2J", "re2j", "JAVA_UTIL_REGEX", "java.util.regex");

    /** A score in milliseconds per operation, with JMH's 99.9% error. */
    record Score(double ms, double errorMs) {}

    private final JmhResults results;
    private final List<String> ns = new ArrayList<>();
    private final Properties machine = new Properties();

    private RegexpBenchReport(Path dir) throws IOException {
        results = JmhResults.read(dir.resolve("jmh.csv"));
        ns.addAll(results.paramValues("PathologicalBench.find", "n"));
        ns.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        try (Reader r = Files.newBufferedReader(dir.resolve("machine.properties"), StandardCharsets.UTF_8)) {
            machine.load(r);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: RegexpBenchReport RESULTS_DIR PAGE.md TABLES.md CHART.png");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        RegexpBenchReport report = new RegexpBenchReport(Path.of(args[0]));
        Path page = Path.of(args[1]);
        BenchPage.fill(page, report.summary());
        Path tables = Path.of(args[2]);
        BenchPage.fill(tables, report.tables());
        Path chart = Path.of(args[3]);
        Files.createDirectories(chart.toAbsolutePath().getParent());
        report.chart(chart);
        System.out.println("RegexpBenchReport: wrote the summary into " + page + ", the tables into " + tables
                + " and the chart " + chart);
    }

    private Score score(String key) {
        JmhResults.Score s = results.score(key);
        return new Score(s.nanos() / 1e6, s.errorNanos() / 1e6);
    }

    /** A time in ms, with three significant digits and a unit that suits it. */
    static String time(double ms) {
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        if (ms >= 1) {
            return String.format(Locale.ROOT, "%.3g ms", ms);
        }
        return String.format(Locale.ROOT, "%.3g µs", ms * 1000);
    }

    /** A few rows of the tables, for the lesson's page: the first and last n, the log, the words. */
    String summary() {
        StringBuilder md = new StringBuilder();
        md.append("| time per operation |");
        for (String e : ENGINES) {
            md.append(' ').append(NAMES.get(e)).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(ENGINES.length)).append('\n');
        for (String n : List.of(ns.getFirst(), ns.getLast())) {
            md.append("| `^(.*?,){11}P`, n = ").append(n).append(" |");
            for (String e : ENGINES) {
                md.append(' ').append(time(score("PathologicalBench.find engine=" + e + " n=" + n).ms())).append(" |");
            }
            md.append('\n');
        }
        md.append("| 10 MB log, e-mail addresses |");
        for (String e : ENGINES) {
            md.append(' ').append(time(score("LogScanBench.scan engine=" + e + " task=EMAIL").ms())).append(" |");
        }
        md.append("\n| 10,000 words, a call each |");
        for (String e : ENGINES) {
            md.append(' ').append(time(score("ManyTextsBench.eachLine engine=" + e + " texts=WORDS").ms())).append(" |");
        }
        md.append("\n| 10,000 words, one `findEach` |");
        for (String e : ENGINES) {
            md.append(' ').append(e.startsWith("GO") ? time(score("ManyTextsBench.allLines engine=" + e + " texts=WORDS").ms())
                    : "(a loop)").append(" |");
        }
        md.append("\n\n").append(machine.getProperty("cpu")).append(", ").append(machine.getProperty("cores"))
                .append(" cores, ").append(machine.getProperty("java")).append(", ").append(machine.getProperty("go"))
                .append(", ").append(machine.getProperty("date")).append("; error bars and every case: [the tables](bench/17-regexp.md).\n");
        return md.toString();
    }

    String tables() {
        StringBuilder md = new StringBuilder();
        md.append("Measured by `scripts/bench ").append(machine.getProperty("mode").equals("full") ? "" : "--" + machine.getProperty("mode") + " ")
                .append("17-regexp` on ").append(machine.getProperty("date")).append(": ")
                .append(machine.getProperty("cpu")).append(", ").append(machine.getProperty("cores")).append(" cores, ")
                .append(machine.getProperty("os")).append(", ").append(machine.getProperty("java")).append(", ")
                .append(machine.getProperty("go")).append("; JMH `").append(machine.getProperty("jmh"))
                .append("`. Time per operation, average (± JMH's 99.9% error where it has one).\n\n");

        md.append("**`^(.*?,){11}P` over \"1,\" × n, no match** (one `find`):\n\n");
        md.append("| n |");
        for (String e : ENGINES) {
            md.append(' ').append(NAMES.get(e)).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(ENGINES.length)).append('\n');
        for (String n : ns) {
            md.append("| ").append(n).append(" |");
            for (String e : ENGINES) {
                md.append(' ').append(cell(score("PathologicalBench.find engine=" + e + " n=" + n))).append(" |");
            }
            md.append('\n');
        }

        md.append("\n**A 10 MB access log, every match counted** (one `findAll`, or a `find()` loop):\n\n");
        md.append("| task |");
        for (String e : ENGINES) {
            md.append(' ').append(NAMES.get(e)).append(" |");
        }
        md.append("\n|---|").append("---:|".repeat(ENGINES.length)).append('\n');
        for (String task : List.of("EMAIL", "REQUEST")) {
            md.append("| ").append(task.equals("EMAIL") ? "e-mail addresses" : "request lines").append(" |");
            for (String e : ENGINES) {
                md.append(' ').append(cell(score("LogScanBench.scan engine=" + e + " task=" + task))).append(" |");
            }
            md.append('\n');
        }

        for (String texts : List.of("LINES", "WORDS")) {
            md.append(texts.equals("LINES") ? "\n**10,000 log lines (about 125 chars each), \"has it an e-mail address?\"**:\n\n"
                    : "\n**10,000 words of those lines (about 8 chars each), the same question**:\n\n");
            md.append("| |");
            for (String e : ENGINES) {
                md.append(' ').append(NAMES.get(e)).append(" |");
            }
            md.append("\n|---|").append("---:|".repeat(ENGINES.length)).append('\n');
            md.append("| one call per text |");
            for (String e : ENGINES) {
                md.append(' ').append(cell(score("ManyTextsBench.eachLine engine=" + e + " texts=" + texts))).append(" |");
            }
            md.append("\n| all texts in one call (`findEach`) |");
            for (String e : ENGINES) {
                md.append(' ').append(e.startsWith("GO") ? cell(score("ManyTextsBench.allLines engine=" + e + " texts=" + texts))
                        : "(a loop)").append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    static String cell(Score s) {
        return Double.isNaN(s.errorMs()) ? time(s.ms()) : time(s.ms()) + " ± " + time(s.errorMs());
    }

    void chart(Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(1000).height(560)
                .title("^(.*?,){11}P over \"1,\" x n (no match): time per find, log scale")
                .xAxisTitle("n (the text is 2n chars)").yAxisTitle("ms per find").build();
        chart.getStyler().setYAxisLogarithmic(true);
        double[] x = ns.stream().mapToDouble(Double::parseDouble).toArray();
        for (String e : ENGINES) {
            double[] y = new double[ns.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = score("PathologicalBench.find engine=" + e + " n=" + ns.get(i)).ms();
            }
            chart.addSeries(NAMES.get(e), x, y);
        }
        BitmapEncoder.saveBitmap(chart, file.toString().replaceFirst("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
    }
}
