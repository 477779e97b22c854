package org.embargomonitor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JMH's JSON results and reports each benchmark as a ratio to the baseline of its class, measured in the same
 * run, and against its target in bench/targets.properties; exits 1 when a target is missed.
 */
public final class Ratios {

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Properties targets = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            targets.load(in);
        }
        Map<String, Double> baselines = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String name = result.path("benchmark").asText().replace("org.embargomonitor.bench.", "");
            double score = result.path("primaryMetric").path("score").asDouble();
            (name.endsWith(".baseline") ? baselines : scores).put(name, score);
        }
        boolean missed = false;
        System.out.printf("%-52s %14s %10s %8s%n", "benchmark", "time/op (us)", "ratio", "target");
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            String type = score.getKey().substring(0, score.getKey().lastIndexOf('.'));
            Double baseline = baselines.get(type + ".baseline");
            double ratio = baseline == null || baseline == 0 ? Double.NaN : score.getValue() / baseline;
            String target = targets.getProperty(score.getKey());
            boolean over = target != null && ratio > Double.parseDouble(target);
            missed |= over;
            System.out.printf("%-52s %14.3f %10.1f %8s%s%n", score.getKey(), score.getValue(), ratio, target == null ? "-" : target,
                    over ? "  MISSED" : "");
        }
        if (missed) {
            System.exit(1);
        }
    }
}
