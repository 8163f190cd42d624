package dev.gofromjava.tworuntimes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A flame graph, as SVG, from async-profiler's collapsed stacks ({@code frame;frame;... count}).
 * Go frames are blue, Java frames green, native and kernel frames grey: the point of the picture
 * is to see the two runtimes side by side.
 */
final class FlameGraph {
    private static final int WIDTH = 1200;
    private static final int ROW = 16;

    private FlameGraph() {}

    /** A node of the merged call tree: its samples and its children by frame name, in name order. */
    private static final class Node {
        long samples;
        final Map<String, Node> children = new TreeMap<>();
    }

    static void write(List<String> collapsed, Path svg, String title) throws IOException {
        Node root = new Node();
        int depth = 0;
        for (String line : collapsed) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long n = Long.parseLong(line.substring(space + 1));
            String[] frames = line.substring(0, space).split(";");
            depth = Math.max(depth, frames.length);
            Node node = root;
            node.samples += n;
            for (String frame : frames) {
                node = node.children.computeIfAbsent(frame, f -> new Node());
                node.samples += n;
            }
        }
        int height = (depth + 3) * ROW;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-family=\"monospace\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
                .append("<text x=\"").append(WIDTH / 2).append("\" y=\"14\" text-anchor=\"middle\" font-size=\"13\">")
                .append(escape(title)).append("</text>\n");
        double scale = root.samples == 0 ? 0 : (double) WIDTH / root.samples;
        draw(out, root, 0, height - ROW, scale);
        out.append("</svg>\n");
        Files.createDirectories(svg.toAbsolutePath().getParent());
        Files.writeString(svg, out, StandardCharsets.UTF_8);
    }

    private static void draw(StringBuilder out, Node node, double x, int y, double scale) {
        double at = x;
        for (Map.Entry<String, Node> child : node.children.entrySet()) {
            double w = child.getValue().samples * scale;
            if (w >= 0.5) {
                String name = child.getKey();
                out.append(String.format("<g><title>%s (%d samples)</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                        + " fill=\"%s\" stroke=\"white\" stroke-width=\"0.5\"/>", escape(name), child.getValue().samples, at,
                        y - ROW, w, ROW - 1, colour(name)));
                int chars = (int) (w / 7);
                if (chars >= 3) {
                    String label = name.length() <= chars ? name : name.substring(0, chars - 2) + "..";
                    out.append(String.format("<text x=\"%.1f\" y=\"%d\">%s</text>", at + 2, y - 4, escape(label)));
                }
                out.append("</g>\n");
                draw(out, child.getValue(), at, y - ROW, scale);
            }
            at += w;
        }
    }

    /** Go: blue; Java (package/Class.method): green; everything else (C, C++, kernel): grey. */
    private static String colour(String frame) {
        if (frame.startsWith("main.") || frame.startsWith("runtime.") || frame.startsWith("sync.")
                || frame.startsWith("gofromjava/") || frame.startsWith("time.")) {
            return "#7fb2e5";
        }
        if (frame.contains("/") && !frame.endsWith("_[k]")) {
            return "#8fd18f";
        }
        return "#d0d0d0";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
