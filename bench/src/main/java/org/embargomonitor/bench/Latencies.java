package org.embargomonitor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds, added from many threads, read as percentiles. */
public final class Latencies {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    public void add(double value) {
        millis.add(value);
    }

    /** Adds the time since {@code startNanos} ({@link System#nanoTime()}). */
    public void since(long startNanos) {
        add((System.nanoTime() - startNanos) / 1e6);
    }

    public int count() {
        return millis.size();
    }

    public void clear() {
        millis.clear();
    }

    /** The {@code p}th percentile (nearest rank), 0 when nothing was measured. */
    public double percentile(int p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        return round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))));
    }

    public static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
