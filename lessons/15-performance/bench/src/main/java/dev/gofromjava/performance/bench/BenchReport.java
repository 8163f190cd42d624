package dev.gofromjava.performance.bench;

import dev.gofromjava.tools.BenchPage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Turns one run of scripts/bench into the tables of docs/15-performance.md (between its
 * {@code <!-- bench:begin -->} and {@code <!-- bench:end -->} lines) and its chart.
 *
 * <pre>BenchReport RESULTS_DIR PAGE.md CHART.png</pre>
 *
 * Every figure comes from the run's files: jmh.json, c-floor.json, python.json, machine.properties.
 */
public final class BenchReport {
    static final String[] SIZES = {"1000", "100000", "10000000"};

    record Score(double value, double error, String unit) {}

    private final Map<String, Score> jmh = new LinkedHashMap<>();
    private final Map<String, Object> c;
    private final Map<String, Object> py;
    private final Properties machine = new Properties();
    private String jdk = "?";
    private final StringBuilder md = new StringBuilder();
    private double pyNoop;
    private double pyAdd;

    @SuppressWarnings("unchecked")
    private BenchReport(Path dir) throws IOException {
        for (Object o : (List<Object>) Json.parse(Files.readString(dir.resolve("jmh.json")))) {
            Map<String, Object> run = (Map<String, Object>) o;
            String name = (String) run.get("benchmark");
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1); // Class.method
            Map<String, Object> params = (Map<String, Object>) run.getOrDefault("params", Map.of());
            for (Map.Entry<String, Object> p : params.entrySet()) {
                name += " " + p.getKey() + "=" + p.getValue();
            }
            Map<String, Object> metric = (Map<String, Object>) run.get("primaryMetric");
            jmh.put(name, new Score(number(metric.get("score")), number(metric.get("scoreError")), (String) metric.get("scoreUnit")));
            jdk = run.get("jdkVersion") + " (" + run.get("vmName") + " " + run.get("vmVersion") + ")";
        }
        c = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("c-floor.json")));
        py = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("python.json")));
        try (Reader r = Files.newBufferedReader(dir.resolve("machine.properties"), StandardCharsets.UTF_8)) {
            machine.load(r);
        }
    }

    /** JMH writes a number, or the string "NaN" for the error of a single iteration. */
    private static double number(Object value) {
        return value instanceof Double d ? d : Double.parseDouble(String.valueOf(value));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BenchReport RESULTS_DIR PAGE.md CHART.png");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        BenchReport report = new BenchReport(Path.of(args[0]));
        String tables = report.tables();
        Path page = Path.of(args[1]);
        BenchPage.fill(page, tables);
        Path chart = Path.of(args[2]);
        Files.createDirectories(chart.toAbsolutePath().getParent());
        report.chart(chart);
        System.out.println("BenchReport: wrote the tables into " + page + " and the chart " + chart);
    }

    // ---- numbers

    private Score score(String key) {
        Score s = jmh.get(key);
        if (s == null) {
            throw new IllegalStateException("no result for " + key + " in jmh.json: did every benchmark run?");
        }
        return s;
    }

    private double ns(String key) {
        Score s = score(key);
        return s.value() * switch (s.unit()) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            default -> throw new IllegalStateException("unit " + s.unit());
        };
    }

    private double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Double d)) {
            throw new IllegalStateException("no number " + key + " in the bench results");
        }
        return d;
    }

    private static String f(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        if (x >= 100) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        return String.format(Locale.ROOT, x >= 10 ? "%.1f" : "%.2f", x);
    }

    private String pm(String key, double scale) {
        Score s = score(key);
        double factor = ns(key) / s.value() / scale;
        return f(s.value() * factor) + " ± " + f(s.error() * factor);
    }

    private static String ratio(double x, double floor) {
        return String.format(Locale.ROOT, "%.2f×", x / floor);
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    // ---- tables

    String tables() {
        double floorNoop = num(c, "noop");
        double floorAdd = num(c, "add");
        line("");
        line("*" + machine.getProperty("date") + ", a " + machine.getProperty("mode") + " run of `scripts/bench` (JMH "
                + machine.getProperty("jmh") + "). " + machine.getProperty("cpu") + ", " + machine.getProperty("cores")
                + " cores, " + machine.getProperty("os") + "; JDK " + jdk + "; " + machine.getProperty("go") + "; Python "
                + py.get("python") + "; gcc " + machine.getProperty("gcc") + ". JMH rows: mean ± JMH's 99.9% error; C and "
                + "Python rows: the median of their runs.*");
        line("");
        pyNoop = num(py, "noop");
        pyAdd = num(py, "add");
        line("**One call** (ns per call; × C: the ratio to C calling the same export; × Python: to the article's ctypes client)");
        line("");
        line("| way across | `noop` | × C | × Python | `add(2, 3)` | × C | × Python |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        callRow("Java static method, not inlined", "CallBench.javaNoop", "CallBench.javaAdd", floorNoop, floorAdd);
        line("| **C → Go** (bench/floor.c: the floor) | " + f(floorNoop) + " | 1.00× | " + ratio(floorNoop, pyNoop) + " | "
                + f(floorAdd) + " | 1.00× | " + ratio(floorAdd, pyAdd) + " |");
        line("| C → Go, then the panic check | " + f(num(c, "noopChecked")) + " | " + ratio(num(c, "noopChecked"), floorNoop) + " | "
                + ratio(num(c, "noopChecked"), pyNoop) + " | – | | |");
        callRow("FFM → C (FFM's own floor)", "CallBench.ffmCNoop", "CallBench.ffmCAdd", floorNoop, floorAdd);
        callRow("**FFM → Go**", "CallBench.ffmNoop", "CallBench.ffmAdd", floorNoop, floorAdd);
        callRow("FFM → Go, `critical(false)`", "CallBench.ffmCriticalNoop", "CallBench.ffmCriticalAdd", floorNoop, floorAdd);
        callRow("FFM → Go, the lesson's binding (with the panic check)", "CallBench.ffmCheckedNoop", "CallBench.ffmCheckedAdd", floorNoop, floorAdd);
        callRow("JNI shim → Go", "CallBench.jniNoop", "CallBench.jniAdd", floorNoop, floorAdd);
        callRow("**JNA direct mapping → Go**", "CallBench.jnaDirectNoop", "CallBench.jnaDirectAdd", floorNoop, floorAdd);
        callRow("JNA direct, the lesson's binding (with the panic check)", "CallBench.jnaCheckedNoop", "CallBench.jnaCheckedAdd", floorNoop, floorAdd);
        callRow("JNA interface mapping → Go", "CallBench.jnaInterfaceNoop", "CallBench.jnaInterfaceAdd", floorNoop, floorAdd);
        callRow("JNA interface, JnaLoader's proxy (with the panic check)", "CallBench.jnaInterfaceCheckedNoop", "CallBench.jnaInterfaceCheckedAdd", floorNoop, floorAdd);
        line("| Python ctypes → Go (the article's client) | " + f(pyNoop) + " | " + ratio(pyNoop, floorNoop) + " | 1.00× | "
                + f(pyAdd) + " | " + ratio(pyAdd, floorAdd) + " | 1.00× |");
        line("| Java → a Go process, over a Unix socket | – | | | " + pm("SidecarBench.add", 1) + " | "
                + ratio(ns("SidecarBench.add"), floorAdd) + " | " + ratio(ns("SidecarBench.add"), pyAdd) + " |");
        line("");

        line("**Go calling out**, from a loop in Go (ns per call)");
        line("");
        line("| Go calls | ns per call | × Go → C |");
        line("|---|---:|---:|");
        double goToC = ns("CallOutBench.goToC");
        line("| a C function (the floor) | " + pm("CallOutBench.goToC", 1) + " | 1.00× |");
        line("| Java, an FFM upcall stub | " + pm("CallOutBench.goToJavaFfm", 1) + " | " + ratio(ns("CallOutBench.goToJavaFfm"), goToC) + " |");
        line("| Java, a JNA callback | " + pm("CallOutBench.goToJavaJna", 1) + " | " + ratio(ns("CallOutBench.goToJavaJna"), goToC) + " |");
        line("");

        line("**A thread per call** (µs per thread: start, one call, join)");
        line("");
        line("| thread | calls Java | calls Go (FFM) | Go's extra |");
        line("|---|---:|---:|---:|");
        threadRow("platform", "ThreadBench.platformThreadJava", "ThreadBench.platformThreadGo");
        threadRow("virtual", "ThreadBench.virtualThreadJava", "ThreadBench.virtualThreadGo");
        line("");

        line("**Buffer reuse**: lesson 04's `repeat(\"gopher\", 16)` (ns per call)");
        line("");
        line("| binding | a buffer per call (`repeat(s, n)`) | one buffer reused (`repeat(s, n, out)`) | saved |");
        line("|---|---:|---:|---:|");
        for (String b : new String[] {"ffm", "jna"}) {
            double fresh = ns("BufferBench.freshBuffer binding=" + b);
            double reused = ns("BufferBench.reusedBuffer binding=" + b);
            line("| " + b.toUpperCase(Locale.ROOT) + " | " + pm("BufferBench.freshBuffer binding=" + b, 1) + " | "
                    + pm("BufferBench.reusedBuffer binding=" + b, 1) + " | " + String.format(Locale.ROOT, "%.0f%%", 100 * (1 - reused / fresh)) + " |");
        }
        line("");

        line("**A `double[]` to Go and back**, Go reading two elements (`touch`): ns per call, and per element");
        line("");
        line("| way | 1,000 | 100,000 | 10,000,000 | ns per element at 10M |");
        line("|---|---:|---:|---:|---:|");
        arrayRow("off-heap already (no copy: the floor)", "offHeap");
        arrayRow("FFM `critical(true)`, the heap array itself", "ffmCritical");
        arrayRow("FFM `MemorySegment.copy` in and out", "ffmCopy");
        arrayRow("JNA `double[]` parameter", "jnaArray");
        arrayRow("JNA `Memory` write and read", "jnaMemory");
        line("");
        double n = num(py, "n");
        String pyNote = n == 1e7 ? "" : " (n=" + f(n) + ")";
        line("**The article's list conversion**, Python, one way: a list of " + f(n) + " ints to a C array of doubles");
        line("");
        line("| way | ms | ns per element |");
        line("|---|---:|---:|");
        line("| `(c_double * n)(*list)` | " + f(num(py, "toCtypes")) + pyNote + " | " + f(num(py, "toCtypes") * 1e6 / n) + " |");
        line("| `array('d', list)` + `from_buffer` | " + f(num(py, "toArray")) + pyNote + " | " + f(num(py, "toArray") * 1e6 / n) + " |");
        line("");

        line("**The same Go kernel (`dot`) over heap and off-heap memory** (µs per call)");
        line("");
        line("| doubles in each array | off-heap | heap, one `critical` call | heap, 128 KiB `critical` pieces (KernelsFfm) | one call ÷ off-heap |");
        line("|---:|---:|---:|---:|---:|");
        for (String size : new String[] {"8192", "10000000"}) {
            line("| " + f(Double.parseDouble(size)) + " | " + pm("KernelBench.offHeap n=" + size, 1e3) + " | "
                    + pm("KernelBench.criticalWhole n=" + size, 1e3) + " | " + pm("KernelBench.criticalPieces n=" + size, 1e3) + " | "
                    + ratio(ns("KernelBench.criticalWhole n=" + size), ns("KernelBench.offHeap n=" + size)) + " |");
        }
        line("");

        line("**The article's benchmarks**, 10,000,000 elements (ms per run)");
        line("");
        line("| work | Go via FFM | Go via JNA | Java | Python → Go (ctypes) | pure Python |");
        line("|---|---:|---:|---:|---:|---:|");
        line("| π, 10M terms | " + pm("ArticleBench.piGoFfm", 1e6) + " | " + pm("ArticleBench.piGoJna", 1e6) + " | "
                + pm("ArticleBench.piJava", 1e6) + " | " + f(num(py, "piGo")) + pyNote + " | " + f(num(py, "piPython")) + pyNote + " |");
        line("| shuffle 10M doubles | " + pm("ArticleBench.shuffleGoFfm", 1e6) + " | " + pm("ArticleBench.shuffleGoJna", 1e6) + " | "
                + pm("ArticleBench.shuffleJavaDoubles", 1e6) + " (`double[]`) | " + f(num(py, "shuffleGo")) + pyNote + " | "
                + f(num(py, "shufflePython")) + pyNote + " |");
        line("| shuffle 10M doubles, Go alone (off-heap, no copy) | " + pm("ArticleBench.shuffleGoOffHeap", 1e6) + " | | | | |");
        line("| shuffle 10M ints | | | " + pm("ArticleBench.shuffleJavaInts", 1e6) + " (`int[]`) | | |");
        line("| shuffle 10M boxed | | | " + pm("ArticleBench.shuffleJavaList", 1e6) + " (`Collections.shuffle`) | | |");
        line("");

        line("**The targets** (the project's; reported, never asserted)");
        line("");
        line("| target | measured | |");
        line("|---|---:|---|");
        target("FFM → Go `noop` ≤ 1.15× C → Go", "CallBench.ffmNoop", floorNoop, 1.15);
        target("JNA direct → Go `noop` ≤ 2× C → Go", "CallBench.jnaDirectNoop", floorNoop, 2);
        target("`dot` over heap arrays (one critical call) ≤ 1.1× off-heap, 10M", "KernelBench.criticalWhole n=10000000",
                ns("KernelBench.offHeap n=10000000"), 1.1);
        double flat = ns("ArrayBench.ffmCritical n=10000000") / ns("ArrayBench.ffmCritical n=1000");
        double copied = ns("ArrayBench.ffmCopy n=10000000") / ns("ArrayBench.ffmCopy n=1000");
        line("| `critical(true)` copies nothing: 10M elements cost as much as 1,000 | " + String.format(Locale.ROOT, "%.2f×", flat)
                + " | " + (flat < 2 ? "met" : "**missed**") + " (a copy: " + String.format(Locale.ROOT, "%,.0f×", copied) + ") |");
        line("");
        return md.toString();
    }

    private void callRow(String label, String noop, String add, double floorNoop, double floorAdd) {
        line("| " + label + " | " + pm(noop, 1) + " | " + ratio(ns(noop), floorNoop) + " | " + ratio(ns(noop), pyNoop) + " | "
                + pm(add, 1) + " | " + ratio(ns(add), floorAdd) + " | " + ratio(ns(add), pyAdd) + " |");
    }

    private void threadRow(String label, String java, String go) {
        line("| " + label + " | " + pm(java, 1e3) + " | " + pm(go, 1e3) + " | " + f((ns(go) - ns(java)) / 1e3) + " |");
    }

    private void arrayRow(String label, String method) {
        StringBuilder row = new StringBuilder("| " + label);
        for (String size : SIZES) {
            row.append(" | ").append(pm("ArrayBench." + method + " n=" + size, 1));
        }
        row.append(" | ").append(f(ns("ArrayBench." + method + " n=10000000") / 1e7)).append(" |");
        line(row.toString());
    }

    /** The ratio of a JMH mean to a base, and what JMH's error makes of the verdict. */
    private void target(String what, String key, double base, double target) {
        double measured = ns(key) / base;
        double spread = score(key).error() / score(key).value() * measured; // JMH's error, as a ratio
        String verdict = measured <= target ? "met" : "**missed** by " + String.format(Locale.ROOT, "%.0f%%", 100 * (measured / target - 1));
        if (!Double.isNaN(spread) && measured - spread <= target && target <= measured + spread) {
            verdict += ", within JMH's error of the target";
        }
        String value = String.format(Locale.ROOT, "%.2f×", measured)
                + (Double.isNaN(spread) ? "" : String.format(Locale.ROOT, " ± %.2f", spread));
        line("| " + what + " | " + value + " | " + verdict + " |");
    }

    // ---- chart

    void chart(Path file) throws IOException {
        CategoryChart calls = new CategoryChartBuilder().width(1100).height(560)
                .title("One call to Go's noop (the socket: add), ns per call, log scale").yAxisTitle("ns per call").build();
        List<String> names = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        Map<String, Double> bars = new LinkedHashMap<>();
        bars.put("Java method", ns("CallBench.javaNoop"));
        bars.put("C → Go", num(c, "noop"));
        bars.put("FFM → Go", ns("CallBench.ffmNoop"));
        bars.put("FFM critical", ns("CallBench.ffmCriticalNoop"));
        bars.put("FFM binding", ns("CallBench.ffmCheckedNoop"));
        bars.put("JNI → Go", ns("CallBench.jniNoop"));
        bars.put("JNA direct", ns("CallBench.jnaDirectNoop"));
        bars.put("JNA binding", ns("CallBench.jnaCheckedNoop"));
        bars.put("JNA interface", ns("CallBench.jnaInterfaceNoop"));
        bars.put("Python ctypes", num(py, "noop"));
        bars.put("socket (add)", ns("SidecarBench.add"));
        bars.forEach((k, v) -> {
            names.add(k);
            values.add(v);
        });
        calls.addSeries("noop", names, values);
        calls.getStyler().setLegendVisible(false);
        calls.getStyler().setXAxisLabelRotation(30);
        calls.getStyler().setLabelsVisible(true);
        calls.getStyler().setDecimalPattern("#,##0");
        calls.getStyler().setYAxisLogarithmic(true); // 1.5 ns to 35 µs: on a linear axis only the socket shows
        calls.getStyler().setYAxisMin(1.0);

        XYChart arrays = new XYChartBuilder().width(1100).height(560)
                .title("A double[] to Go and back, Go reading two elements: a copy grows with the length")
                .xAxisTitle("doubles").yAxisTitle("ns per call").build();
        arrays.getStyler().setXAxisLogarithmic(true);
        arrays.getStyler().setYAxisLogarithmic(true);
        double[] x = new double[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            x[i] = Double.parseDouble(SIZES[i]);
        }
        Map<String, String> series = new LinkedHashMap<>();
        series.put("off-heap (no copy)", "offHeap");
        series.put("FFM critical(true)", "ffmCritical");
        series.put("FFM MemorySegment.copy", "ffmCopy");
        series.put("JNA double[]", "jnaArray");
        series.put("JNA Memory", "jnaMemory");
        series.forEach((label, method) -> {
            double[] y = new double[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                y[i] = ns("ArrayBench." + method + " n=" + SIZES[i]);
            }
            arrays.addSeries(label, x, y);
        });
        List<Chart<?, ?>> charts = List.of(calls, arrays);
        String name = file.toString().replaceFirst("\\.png$", "");
        BitmapEncoder.saveBitmap(charts, 2, 1, name, BitmapEncoder.BitmapFormat.PNG);
    }
}
