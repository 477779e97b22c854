package org.embargomonitor.bench.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.embargomonitor.bench.PlatformClient;

/**
 * The pipeline benchmark's figures, each beside the ceiling measured in the same run and the target of
 * {@code bench/targets.properties} ({@code Pipeline.*}), written as markdown and JSON.
 */
final class PipelineReport {

    /** Whether a figure must stay at or above its target, or at or below it. */
    enum Bound {
        AT_LEAST, AT_MOST
    }

    /** One figure; {@code ceiling} and {@code ratio} are null when nothing raw compares with it, {@code target} when none is set. */
    record Row(String figure, double value, String unit, Double ceiling, Double ratio, String targetKey, Double target, Bound bound) {

        Boolean met() {
            if (target == null) {
                return null;
            }
            double measured = ratio != null && targetKey.contains("Ratio") ? ratio : value;
            return bound == Bound.AT_LEAST ? measured >= target : measured <= target;
        }
    }

    private final int items;
    private final Properties targets = new Properties();
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    PipelineReport(int items, Path targetsFile) throws IOException {
        this.items = items;
        try (Reader in = Files.newBufferedReader(targetsFile)) {
            targets.load(in);
        }
    }

    /** A figure with no target. */
    void add(String figure, double value, String unit) {
        add(figure, value, unit, null, null, null);
    }

    /**
     * A figure beside its ceiling; the target {@code Pipeline.<targetKey>} is a ratio to the ceiling when the key says
     * Ratio, the figure itself otherwise.
     */
    void add(String figure, double value, String unit, Double ceiling, String targetKey, Bound bound) {
        Double ratio = ceiling == null || ceiling == 0 ? null : round(value / ceiling, 3);
        String key = targetKey == null ? null : "Pipeline." + targetKey;
        Double target = key == null || targets.getProperty(key) == null ? null : Double.valueOf(targets.getProperty(key));
        Row row = new Row(figure, round(value, 2), unit, ceiling == null ? null : round(ceiling, 2), ratio, key, target, bound);
        rows.add(row);
        System.out.printf(Locale.ROOT, "[pipeline] %s: %s %s%s%s%n", figure, format(row.value()), unit,
                ceiling == null ? "" : " (raw " + format(row.ceiling()) + ", ratio " + ratio + ")",
                target == null ? "" : row.met() ? " - target met" : " - TARGET MISSED (" + key + "=" + format(target) + ")");
    }

    /** A phase that failed: it misses every target. */
    void failed(String phase, String reason) {
        failures.put(phase, reason);
    }

    void detail(String name, Object value) {
        details.put(name, value);
    }

    boolean allMet() {
        return failures.isEmpty() && rows.stream().noneMatch(r -> Boolean.FALSE.equals(r.met()));
    }

    void write(Path json, Path markdown) throws IOException {
        Files.createDirectories(json.toAbsolutePath().getParent());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("items", items);
        all.put("rows", rows.stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("figure", r.figure());
            row.put("value", r.value());
            row.put("unit", r.unit());
            row.put("ceiling", r.ceiling());
            row.put("ratio", r.ratio());
            row.put("target", r.targetKey() == null ? null : r.targetKey() + (r.bound() == Bound.AT_LEAST ? " >= " : " <= ") + format(r.target()));
            row.put("met", r.met());
            return row;
        }).toList());
        all.put("failures", failures);
        all.putAll(details);
        Files.writeString(json, PlatformClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
        StringBuilder md = new StringBuilder(items > 0 ? String.format(Locale.ROOT, "Pipeline benchmark, %,d items%n%n", items)
                : String.format(Locale.ROOT, "Pipeline benchmark, over the records stored%n%n"))
                .append("| figure | measured | raw, same run | ratio | target | |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s | %s |%n", r.figure(), format(r.value()), r.unit(),
                    r.ceiling() == null ? "" : format(r.ceiling()), r.ratio() == null ? "" : r.ratio(),
                    r.target() == null ? "" : (r.bound() == Bound.AT_LEAST ? ">= " : "<= ") + format(r.target())
                            + (r.targetKey().contains("Ratio") ? " x raw" : ""),
                    r.met() == null ? "" : r.met() ? "met" : "**missed**"));
        }
        failures.forEach((phase, reason) -> md.append(String.format(Locale.ROOT, "| %s | **failed**: %s | | | | **missed** |%n", phase,
                reason.replace("|", "/"))));
        Files.writeString(markdown, md.toString());
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }
}
