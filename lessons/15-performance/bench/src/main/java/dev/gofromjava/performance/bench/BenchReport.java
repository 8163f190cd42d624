package dev.gofromjava.performance.bench;

import dev.gofromjava.tools.BenchPage;
import dev.gofromjava.tools.JmhResults;
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
 * Turns one run of scripts/bench into lesson 15's summary and targets (on docs/15-performance.md),
 * every table (docs/bench/15-performance.md), each between its {@code <!-- bench:begin -->} and
 * {@code <!-- bench:end -->} lines, and the chart.
 *
 * <pre>BenchReport RESULTS_DIR PAGE.md TABLES.md CHART.png</pre>
 *
 * Every figure comes from the run's files: jmh.csv (JMH), c-floor.properties (bench/floor.c),
 * python.properties (bench/article.py), machine.properties, and instructions.csv
 * (bench/count-instructions). The floor every way is compared with is FloorBench: C calling the
 * export from a loop, timed inside the same JMH run. The targets are judged on instruction counts
 * where a count exists, with the time ratio beside. A run of {@code scripts/bench --count} has
 * counts and no times: the report then writes the counts alone and leaves the chart as it is.
 */
public final class BenchReport {
    static final String[] SIZES = {"1000", "100000", "10000000"};
    /** The floor every row is compared with: C → Go, reached through FFM, in the JMH run. */
    static final String FLOOR_NOOP = "FloorBench.ffmNoop";
    static final String FLOOR_ADD = "FloorBench.ffmAdd";

    /** Instructions per call, by where they ran (bench/count-instructions). */
    record Count(double total, double go, double jna, double jvm, double generated, double other) {}

    /** The timed results; null in a run that only counted instructions. */
    private final JmhResults jmh;
    private final Properties c;
    private final Properties py;
    private final Properties machine;
    private final Map<String, Count> counts = new LinkedHashMap<>();
    private long countedCalls;

    private BenchReport(Path dir) throws IOException {
        boolean timed = Files.exists(dir.resolve("jmh.csv"));
        jmh = timed ? JmhResults.read(dir.resolve("jmh.csv")) : null;
        c = timed ? properties(dir.resolve("c-floor.properties")) : null;
        py = timed ? properties(dir.resolve("python.properties")) : null;
        machine = properties(dir.resolve("machine.properties"));
        Path instructions = dir.resolve("instructions.csv");
        if (!timed && !Files.exists(instructions)) {
            throw new IllegalStateException(dir + " has neither jmh.csv nor instructions.csv: nothing to report");
        }
        if (Files.exists(instructions)) {
            List<String> lines = Files.readAllLines(instructions, StandardCharsets.UTF_8);
            if (!lines.get(0).equals("way,calls,total,go,jna,jvm,generated,other")) {
                throw new IllegalStateException(instructions + ": not bench/count-instructions' columns: " + lines.get(0));
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                countedCalls = Long.parseLong(f[1]);
                counts.put(f[0], new Count(Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7])));
            }
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: BenchReport RESULTS_DIR PAGE.md TABLES.md CHART.png");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        BenchReport report = new BenchReport(Path.of(args[0]));
        Path page = Path.of(args[1]);
        BenchPage.fill(page, report.summary());
        Path tables = Path.of(args[2]);
        BenchPage.fill(tables, report.tables());
        Path chart = Path.of(args[3]);
        if (report.jmh == null) {
            System.out.println("BenchReport: wrote the instruction counts into " + page + " and " + tables
                    + "; no times in this run, so the time tables and " + chart + " are left as they were");
            return;
        }
        Files.createDirectories(chart.toAbsolutePath().getParent());
        report.chart(chart);
        System.out.println("BenchReport: wrote the summary into " + page + ", the tables into " + tables + " and the chart " + chart);
    }

    // ---- numbers

    private double ns(String key) {
        return jmh.score(key).nanos();
    }

    private double num(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no " + key + " in the bench results");
        }
        return Double.parseDouble(v);
    }

    private Count count(String way) {
        return counts.get(way);
    }

    private static String f(double x) {
        if (Double.isNaN(x)) {
            return "–";
        }
        if (Math.abs(x) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        return String.format(Locale.ROOT, Math.abs(x) >= 10 ? "%.1f" : "%.2f", x);
    }

    /** A JMH mean with its error, in ns divided by {@code scale}. */
    private String pm(String key, double scale) {
        JmhResults.Score s = jmh.score(key);
        return f(s.nanos() / scale) + " ± " + f(s.errorNanos() / scale);
    }

    private static String ratio(double x, double base) {
        return String.format(Locale.ROOT, "%.2f×", x / base);
    }

    private String instructions(String way) {
        Count n = count(way);
        return n == null ? "–" : f(n.total());
    }

    private String instructionRatio(String way) {
        Count n = count(way);
        Count floor = count("c");
        return n == null || floor == null ? "–" : ratio(n.total(), floor.total());
    }

    private String header() {
        String machineLine = machine.getProperty("cpu") + ", " + machine.getProperty("cores") + " cores, " + machine.getProperty("os")
                + "; " + machine.getProperty("java") + "; " + machine.getProperty("go") + "; gcc " + machine.getProperty("gcc") + ".";
        String countLine = counts.isEmpty() ? "No instruction counts in this run."
                : "Instructions: callgrind, " + String.format(Locale.ROOT, "%,d", countedCalls) + " calls a way (bench/count-instructions).";
        if (jmh == null) {
            return "*" + machine.getProperty("date") + ", `scripts/bench --count`: instruction counts only. " + machineLine + " "
                    + countLine + " The times need a run of `scripts/bench` on an otherwise idle machine.*\n\n";
        }
        return "*" + machine.getProperty("date") + ", a " + machine.getProperty("mode") + " run of `scripts/bench` (JMH "
                + machine.getProperty("jmh") + "). " + machineLine + " Python " + py.getProperty("python") + ". Times: JMH's mean ± "
                + "its 99.9% error; Python and bench/floor.c: the median of their runs. " + countLine + "*\n\n";
    }

    // ---- the page: a summary and the targets

    /** The page's line above its tables: when, on what, and where the rest is. */
    private String shortHeader() {
        String on = machine.getProperty("cpu") + ", " + machine.getProperty("cores") + " cores, " + machine.getProperty("java")
                + ", " + machine.getProperty("go");
        if (jmh == null) {
            return "*" + machine.getProperty("date") + ", instruction counts only (`scripts/bench --count`): " + on
                    + ". The times need `scripts/bench` on an otherwise idle machine. Every table: [the tables](bench/15-performance.md).*\n\n";
        }
        return "*" + machine.getProperty("date") + ", a " + machine.getProperty("mode") + " run of `scripts/bench`: " + on
                + ". Times: JMH's mean ± its 99.9% error; instructions: callgrind. Every table: [the tables](bench/15-performance.md).*\n\n";
    }

    String summary() {
        StringBuilder md = new StringBuilder("\n").append(shortHeader());
        String[][] rows = {
            {"**C → Go**, the floor (a C loop; timed in the JMH run)", FLOOR_NOOP, "c"},
            {"FFM → Go", "CallBench.ffmNoop", "ffm"},
            {"FFM → Go, the lesson's binding", "CallBench.ffmCheckedNoop", "ffm-binding"},
            {"FFM → Go, the binding's old check (a second call)", "CallBench.ffmTwoCallsNoop", "ffm-two-calls"},
            {"JNA direct → Go", "CallBench.jnaDirectNoop", "jna"},
            {"JNA direct, the lesson's binding", "CallBench.jnaCheckedNoop", "jna-binding"},
            {"JNA direct, the binding's old check (a second call)", "CallBench.jnaTwoCallsNoop", "jna-two-calls"},
        };
        if (jmh == null) {
            md.append("| one call to `noop` | instructions | × C → Go |\n|---|---:|---:|\n");
            for (String[] row : rows) {
                md.append("| ").append(row[0]).append(" | ").append(instructions(row[2])).append(" | ").append(instructionRatio(row[2])).append(" |\n");
            }
        } else {
            double floor = ns(FLOOR_NOOP);
            md.append("| one call to `noop` | ns | × C → Go | instructions | × C → Go |\n|---|---:|---:|---:|---:|\n");
            for (String[] row : rows) {
                md.append(summaryRow(row[0], row[1], floor, row[2]));
            }
            md.append("| Python ctypes → Go (the article's client) | ").append(f(num(py, "noop"))).append(" | ")
                    .append(ratio(num(py, "noop"), floor)).append(" | – | – |\n");
        }
        md.append("\n**The targets** (reported, never asserted; judged on instructions where they are counted, time beside)\n\n");
        md.append("| target | instructions | time | |\n|---|---:|---:|---|\n");
        target(md, "FFM → Go ≤ 1.15× C → Go", "CallBench.ffmNoop", "ffm", 1.15);
        target(md, "JNA direct → Go ≤ 2× C → Go", "CallBench.jnaDirectNoop", "jna", 2);
        target(md, "the lesson's FFM binding ≤ 1.10× C → Go", "CallBench.ffmCheckedNoop", "ffm-binding", 1.10);
        target(md, "the lesson's JNA binding ≤ 2.2× C → Go", "CallBench.jnaCheckedNoop", "jna-binding", 2.2);
        if (jmh == null) {
            md.append("| `dot` over heap arrays (one critical call) ≤ 1.1× off-heap, 10M | – | – | needs a timed run |\n");
            md.append("| `critical(true)` copies nothing: 10M doubles cost what 1,000 do | – | – | needs a timed run |\n");
            return md.toString();
        }
        double heap = ns("KernelBench.criticalWhole n=10000000") / ns("KernelBench.offHeap n=10000000");
        md.append("| `dot` over heap arrays (one critical call) ≤ 1.1× off-heap, 10M | – | ")
                .append(String.format(Locale.ROOT, "%.2f×", heap)).append(" | ").append(verdict(heap, 1.1)).append(" (time) |\n");
        double flat = ns("ArrayBench.ffmCritical n=10000000") / ns("ArrayBench.ffmCritical n=1000");
        double copied = ns("ArrayBench.ffmCopy n=10000000") / ns("ArrayBench.ffmCopy n=1000");
        md.append("| `critical(true)` copies nothing: 10M doubles cost what 1,000 do (a copy: ")
                .append(String.format(Locale.ROOT, "%,.0f×", copied)).append(") | – | ")
                .append(String.format(Locale.ROOT, "%.2f×", flat)).append(" | ").append(flat < 2 ? "met" : "**missed**")
                .append(" (time) |\n");
        return md.toString();
    }

    private String summaryRow(String label, String key, double floor, String way) {
        return "| " + label + " | " + pm(key, 1) + " | " + ratio(ns(key), floor) + " | " + instructions(way) + " | "
                + instructionRatio(way) + " |\n";
    }

    /** A target's verdict: on the instruction count when there is one, else on time. */
    private void target(StringBuilder md, String what, String key, String way, double target) {
        double time = Double.NaN;
        String timeCell = "–";
        if (jmh != null) {
            time = ns(key) / ns(FLOOR_NOOP);
            JmhResults.Score s = jmh.score(key);
            double spread = s.error() / s.value() * time; // JMH's error, as a ratio
            timeCell = String.format(Locale.ROOT, "%.2f×", time) + (Double.isNaN(spread) ? "" : String.format(Locale.ROOT, " ± %.2f", spread));
        }
        Count n = count(way);
        Count floor = count("c");
        if (n != null && floor != null) {
            double measured = n.total() / floor.total();
            md.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, "%.2f×", measured)).append(" | ")
                    .append(timeCell).append(" | ").append(verdict(measured, target)).append(" |\n");
        } else {
            md.append("| ").append(what).append(" | – | ").append(timeCell).append(" | ").append(verdict(time, target))
                    .append(" (time: no count in this run) |\n");
        }
    }

    private static String verdict(double measured, double target) {
        return measured <= target ? "met" : "**missed** by " + String.format(Locale.ROOT, "%.0f%%", Math.ceil(100 * (measured / target - 1)));
    }

    // ---- the tables page

    String tables() {
        StringBuilder md = new StringBuilder("\n").append(header());
        if (jmh == null) {
            instructionTable(md);
            return md.toString();
        }
        double floorNoop = ns(FLOOR_NOOP);
        double floorAdd = ns(FLOOR_ADD);

        md.append("**One call** (ns per call; × floor: the ratio to C calling the same export from a loop, `FloorBench`, in the same run)\n\n");
        md.append("| way across | `noop` | × floor | `add(2, 3)` | × floor |\n|---|---:|---:|---:|---:|\n");
        callRow(md, "Java static method, not inlined", "CallBench.javaNoop", "CallBench.javaAdd", floorNoop, floorAdd);
        callRow(md, "**C → Go**, the floor: a C loop reached through FFM", FLOOR_NOOP, FLOOR_ADD, floorNoop, floorAdd);
        callRow(md, "C → Go, the same loop reached through JNI", "FloorBench.jniNoop", "FloorBench.jniAdd", floorNoop, floorAdd);
        md.append("| C → Go, then the panic check, from C | ").append(pm("FloorBench.ffmNoopChecked", 1)).append(" | ")
                .append(ratio(ns("FloorBench.ffmNoopChecked"), floorNoop)).append(" | | |\n");
        md.append("| C → Go, bench/floor.c in a process of its own, before JMH | ").append(f(num(c, "noop"))).append(" | ")
                .append(ratio(num(c, "noop"), floorNoop)).append(" | ").append(f(num(c, "add"))).append(" | ")
                .append(ratio(num(c, "add"), floorAdd)).append(" |\n");
        callRow(md, "FFM → C (FFM's own floor)", "CallBench.ffmCNoop", "CallBench.ffmCAdd", floorNoop, floorAdd);
        callRow(md, "**FFM → Go**", "CallBench.ffmNoop", "CallBench.ffmAdd", floorNoop, floorAdd);
        callRow(md, "FFM → Go, `critical(false)`", "CallBench.ffmCriticalNoop", "CallBench.ffmCriticalAdd", floorNoop, floorAdd);
        md.append("| FFM → Go, errno captured and read (`captureCallState`) | ").append(pm("CallBench.ffmCaptureErrnoNoop", 1))
                .append(" | ").append(ratio(ns("CallBench.ffmCaptureErrnoNoop"), floorNoop)).append(" | | |\n");
        callRow(md, "FFM → Go, the lesson's binding (with the panic check)", "CallBench.ffmCheckedNoop", "CallBench.ffmCheckedAdd", floorNoop, floorAdd);
        md.append("| FFM → Go, then the note taken by a critical downcall (the binding's old check) | ").append(pm("CallBench.ffmTwoCallsNoop", 1))
                .append(" | ").append(ratio(ns("CallBench.ffmTwoCallsNoop"), floorNoop)).append(" | | |\n");
        callRow(md, "JNI shim → Go", "CallBench.jniNoop", "CallBench.jniAdd", floorNoop, floorAdd);
        callRow(md, "**JNA direct mapping → Go**", "CallBench.jnaDirectNoop", "CallBench.jnaDirectAdd", floorNoop, floorAdd);
        callRow(md, "JNA direct, the lesson's binding (with the panic check)", "CallBench.jnaCheckedNoop", "CallBench.jnaCheckedAdd", floorNoop, floorAdd);
        md.append("| JNA direct, then the note taken by a second call (the binding's old check) | ").append(pm("CallBench.jnaTwoCallsNoop", 1))
                .append(" | ").append(ratio(ns("CallBench.jnaTwoCallsNoop"), floorNoop)).append(" | | |\n");
        callRow(md, "JNA interface mapping → Go", "CallBench.jnaInterfaceNoop", "CallBench.jnaInterfaceAdd", floorNoop, floorAdd);
        callRow(md, "JNA interface, JnaLoader's proxy (with the panic check)", "CallBench.jnaInterfaceCheckedNoop", "CallBench.jnaInterfaceCheckedAdd", floorNoop, floorAdd);
        md.append("| Python ctypes → Go (the article's client) | ").append(f(num(py, "noop"))).append(" | ")
                .append(ratio(num(py, "noop"), floorNoop)).append(" | ").append(f(num(py, "add"))).append(" | ")
                .append(ratio(num(py, "add"), floorAdd)).append(" |\n");
        md.append("| Java → a Go process, over a Unix socket | – | | ").append(pm("SidecarBench.add", 1)).append(" | ")
                .append(ratio(ns("SidecarBench.add"), floorAdd)).append(" |\n\n");

        md.append("**The floor, three ways** (ns per call of `noop` from a C loop)\n\n");
        md.append("| measured | ns | × the floor through FFM |\n|---|---:|---:|\n");
        md.append("| in the JMH run, the loop reached through FFM (the floor) | ").append(pm(FLOOR_NOOP, 1)).append(" | 1.00× |\n");
        md.append("| in the JMH run, the loop reached through JNI | ").append(pm("FloorBench.jniNoop", 1)).append(" | ")
                .append(ratio(ns("FloorBench.jniNoop"), floorNoop)).append(" |\n");
        md.append("| bench/floor.c, a process of its own, before JMH starts | ").append(f(num(c, "noop"))).append(" | ")
                .append(ratio(num(c, "noop"), floorNoop)).append(" |\n\n");

        instructionTable(md);

        md.append("**Go calling out**, from a loop in Go (ns per call)\n\n");
        md.append("| Go calls | ns per call | × Go → C | instructions |\n|---|---:|---:|---:|\n");
        double goToC = ns("CallOutBench.goToC");
        md.append("| a C function (the floor) | ").append(pm("CallOutBench.goToC", 1)).append(" | 1.00× | ").append(instructions("go-c")).append(" |\n");
        outRow(md, "Java, an FFM upcall stub", "CallOutBench.goToJavaFfm", goToC, "go-ffm");
        outRow(md, "Java, a JNA callback passed to a direct-mapped method", "CallOutBench.goToJavaJna", goToC, "go-jna");
        outRow(md, "Java, a JNA callback passed to an interface-mapped method (a proxy)", "CallOutBench.goToJavaJnaInterface", goToC, "go-jna-interface");
        md.append('\n');

        md.append("**A thread per call** (µs per thread: start, one call, join)\n\n");
        md.append("| thread | calls Java | calls Go (FFM) | Go's extra |\n|---|---:|---:|---:|\n");
        threadRow(md, "platform", "ThreadBench.platformThreadJava", "ThreadBench.platformThreadGo");
        threadRow(md, "virtual", "ThreadBench.virtualThreadJava", "ThreadBench.virtualThreadGo");
        md.append('\n');

        md.append("**Buffer reuse**: lesson 04's `repeat(\"gopher\", 16)` (ns per call)\n\n");
        md.append("| binding | a buffer per call (`repeat(s, n)`) | one buffer reused (`repeat(s, n, out)`) | saved |\n|---|---:|---:|---:|\n");
        for (String b : new String[] {"ffm", "jna"}) {
            double fresh = ns("BufferBench.freshBuffer binding=" + b);
            double reused = ns("BufferBench.reusedBuffer binding=" + b);
            md.append("| ").append(b.toUpperCase(Locale.ROOT)).append(" | ").append(pm("BufferBench.freshBuffer binding=" + b, 1)).append(" | ")
                    .append(pm("BufferBench.reusedBuffer binding=" + b, 1)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * (1 - reused / fresh))).append(" |\n");
        }
        md.append('\n');

        md.append("**A `double[]` to Go and back**, Go reading two elements (`touch`): ns per call, and per element\n\n");
        md.append("| way | 1,000 | 100,000 | 10,000,000 | ns per element at 10M |\n|---|---:|---:|---:|---:|\n");
        arrayRow(md, "off-heap already (no copy: the floor)", "offHeap");
        arrayRow(md, "FFM `critical(true)`, the heap array itself", "ffmCritical");
        arrayRow(md, "FFM `MemorySegment.copy` in and out", "ffmCopy");
        arrayRow(md, "JNA `double[]` parameter", "jnaArray");
        arrayRow(md, "JNA `Memory` write and read", "jnaMemory");
        md.append('\n');

        double n = num(py, "n");
        String pyNote = n == 1e7 ? "" : " (n=" + f(n) + ")";
        md.append("**The article's list conversion**, Python, one way: a list of ").append(f(n)).append(" ints to a C array of doubles\n\n");
        md.append("| way | ms | ns per element |\n|---|---:|---:|\n");
        md.append("| `(c_double * n)(*list)` | ").append(f(num(py, "toCtypes"))).append(pyNote).append(" | ").append(f(num(py, "toCtypes") * 1e6 / n)).append(" |\n");
        md.append("| `array('d', list)` + `from_buffer` | ").append(f(num(py, "toArray"))).append(pyNote).append(" | ").append(f(num(py, "toArray") * 1e6 / n)).append(" |\n\n");

        md.append("**The same Go kernel (`dot`) over heap and off-heap memory** (µs per call)\n\n");
        md.append("| doubles in each array | off-heap | heap, one `critical` call | heap, 128 KiB `critical` pieces (KernelsFfm) | one call ÷ off-heap |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        for (String size : new String[] {"8192", "10000000"}) {
            md.append("| ").append(f(Double.parseDouble(size))).append(" | ").append(pm("KernelBench.offHeap n=" + size, 1e3)).append(" | ")
                    .append(pm("KernelBench.criticalWhole n=" + size, 1e3)).append(" | ").append(pm("KernelBench.criticalPieces n=" + size, 1e3))
                    .append(" | ").append(ratio(ns("KernelBench.criticalWhole n=" + size), ns("KernelBench.offHeap n=" + size))).append(" |\n");
        }
        md.append('\n');

        md.append("**The article's benchmarks**, 10,000,000 elements (ms per run)\n\n");
        md.append("| work | Go via FFM | Go via JNA | Java | Python → Go (ctypes) | pure Python |\n|---|---:|---:|---:|---:|---:|\n");
        md.append("| π, 10M terms | ").append(pm("ArticleBench.piGoFfm", 1e6)).append(" | ").append(pm("ArticleBench.piGoJna", 1e6)).append(" | ")
                .append(pm("ArticleBench.piJava", 1e6)).append(" | ").append(f(num(py, "piGo"))).append(pyNote).append(" | ")
                .append(f(num(py, "piPython"))).append(pyNote).append(" |\n");
        md.append("| shuffle 10M doubles | ").append(pm("ArticleBench.shuffleGoFfm", 1e6)).append(" | ").append(pm("ArticleBench.shuffleGoJna", 1e6))
                .append(" | ").append(pm("ArticleBench.shuffleJavaDoubles", 1e6)).append(" (`double[]`) | ").append(f(num(py, "shuffleGo")))
                .append(pyNote).append(" | ").append(f(num(py, "shufflePython"))).append(pyNote).append(" |\n");
        md.append("| shuffle 10M doubles, Go alone (off-heap, no copy) | ").append(pm("ArticleBench.shuffleGoOffHeap", 1e6)).append(" | | | | |\n");
        md.append("| shuffle 10M ints | | | ").append(pm("ArticleBench.shuffleJavaInts", 1e6)).append(" (`int[]`) | | |\n");
        md.append("| shuffle 10M boxed | | | ").append(pm("ArticleBench.shuffleJavaList", 1e6)).append(" (`Collections.shuffle`) | | |\n");
        return md.toString();
    }

    private void instructionTable(StringBuilder md) {
        if (counts.isEmpty()) {
            return;
        }
        md.append("**Instructions per call** (callgrind; where they ran: Go's library, JNA's native library with libffi, the JVM's "
                + "library, code without a file (what the JIT, the interpreter and FFM generated), and the rest (libc, the C loops))\n\n");
        md.append("| way | instructions | × C → Go | Go's library | JNA's library | libjvm | generated | the rest |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, String> way : countedWays().entrySet()) {
            Count n = count(way.getKey());
            if (n == null) {
                continue;
            }
            md.append("| ").append(way.getValue()).append(" | ").append(f(n.total())).append(" | ")
                    .append(way.getKey().startsWith("go-") ? "" : instructionRatio(way.getKey())).append(" | ")
                    .append(f(n.go())).append(" | ").append(f(n.jna())).append(" | ").append(f(n.jvm())).append(" | ")
                    .append(f(n.generated())).append(" | ").append(f(n.other())).append(" |\n");
        }
        md.append('\n');
    }

    /** The ways bench/count-instructions counts, as the tables name them. */
    static Map<String, String> countedWays() {
        Map<String, String> ways = new LinkedHashMap<>();
        ways.put("c", "**C → Go** (bench/floor.c's loop, a process of its own)");
        ways.put("floor-ffm", "C → Go, the same loop reached through FFM (FloorBench)");
        CallLoop.WAYS.forEach((way, label) -> {
            if (!way.equals("floor-ffm")) {
                ways.put(way, label);
            }
        });
        return ways;
    }

    private void callRow(StringBuilder md, String label, String noop, String add, double floorNoop, double floorAdd) {
        md.append("| ").append(label).append(" | ").append(pm(noop, 1)).append(" | ").append(ratio(ns(noop), floorNoop)).append(" | ")
                .append(pm(add, 1)).append(" | ").append(ratio(ns(add), floorAdd)).append(" |\n");
    }

    private void outRow(StringBuilder md, String label, String key, double goToC, String way) {
        md.append("| ").append(label).append(" | ").append(pm(key, 1)).append(" | ").append(ratio(ns(key), goToC)).append(" | ")
                .append(instructions(way)).append(" |\n");
    }

    private void threadRow(StringBuilder md, String label, String java, String go) {
        md.append("| ").append(label).append(" | ").append(pm(java, 1e3)).append(" | ").append(pm(go, 1e3)).append(" | ")
                .append(f((ns(go) - ns(java)) / 1e3)).append(" |\n");
    }

    private void arrayRow(StringBuilder md, String label, String method) {
        md.append("| ").append(label);
        for (String size : SIZES) {
            md.append(" | ").append(pm("ArrayBench." + method + " n=" + size, 1));
        }
        md.append(" | ").append(f(ns("ArrayBench." + method + " n=10000000") / 1e7)).append(" |\n");
    }

    // ---- chart

    void chart(Path file) throws IOException {
        CategoryChart calls = new CategoryChartBuilder().width(1100).height(560)
                .title("One call to Go's noop (the socket: add), ns per call, log scale").yAxisTitle("ns per call").build();
        Map<String, Double> bars = new LinkedHashMap<>();
        bars.put("Java method", ns("CallBench.javaNoop"));
        bars.put("C → Go", ns(FLOOR_NOOP));
        bars.put("FFM → Go", ns("CallBench.ffmNoop"));
        bars.put("FFM critical", ns("CallBench.ffmCriticalNoop"));
        bars.put("FFM binding", ns("CallBench.ffmCheckedNoop"));
        bars.put("JNI → Go", ns("CallBench.jniNoop"));
        bars.put("JNA direct", ns("CallBench.jnaDirectNoop"));
        bars.put("JNA binding", ns("CallBench.jnaCheckedNoop"));
        bars.put("JNA interface", ns("CallBench.jnaInterfaceNoop"));
        bars.put("Python ctypes", num(py, "noop"));
        bars.put("socket (add)", ns("SidecarBench.add"));
        calls.addSeries("noop", new ArrayList<>(bars.keySet()), new ArrayList<Number>(bars.values()));
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
