package org.embargomonitor.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * When an end-to-end test failed, what each service was doing at the end, in a few lines the build prints
 * (target/e2e-logs/diagnostics.txt): whether it answered its health check, its last warnings and errors, and the
 * threads that were busy or waiting for something other than work (full thread dumps beside the logs).
 */
final class PlatformDiagnostics {

    private static final Pattern WARNING = Pattern.compile(" (WARN|ERROR) ");
    /** Frames of a thread waiting for work or polling; a sleeping thread says so in its state line. */
    private static final List<String> IDLE = List.of("epollWait", "EPoll.wait", "getTask", "PoolThreadNode.park",
            "SelectorImpl.select", "ReferenceQueue.remove");
    private static final String SLEEPING = "(sleeping)";
    private static final Pattern WATCHED = Pattern.compile("\\\"(vert\\.x-eventloop|vert\\.x-worker|executor-thread|vert\\.x-internal-blocking).*");
    private static final int LAST_WARNINGS = 3;
    private static final int MOST_THREADS = 6;
    private static final int FRAMES = 5;

    private PlatformDiagnostics() {
    }

    static void write(Collection<ServiceProcess> services, Path to) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("End-to-end tests failed. What each service was doing (logs and thread dumps in " + to.getParent() + "):");
        for (ServiceProcess service : services) {
            lines.add("== " + service.name() + ": " + health(service));
            lines.addAll(lastWarnings(service.log()));
            if (service.alive()) {
                try {
                    lines.addAll(busyThreads(service.dumpThreads()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        Files.write(to, lines, StandardCharsets.UTF_8);
    }

    private static String health(ServiceProcess service) {
        if (!service.alive()) {
            return "not running";
        }
        try {
            return service.ready() ? "ready" : "running, not ready";
        } catch (IOException e) {
            return "running, health check unanswered (" + e.getMessage() + ")";
        }
    }

    private static List<String> lastWarnings(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> all = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            List<String> warnings = all.filter(line -> WARNING.matcher(line).find()).toList();
            List<String> summary = new ArrayList<>();
            summary.add("   " + warnings.size() + " warnings and errors; the last:");
            warnings.subList(Math.max(0, warnings.size() - LAST_WARNINGS), warnings.size())
                    .forEach(line -> summary.add("   " + line.substring(0, Math.min(line.length(), 240))));
            return summary;
        }
    }

    /** The service's pool and event-loop threads that were neither waiting for work nor polling. */
    private static List<String> busyThreads(Path dump) throws IOException {
        List<String> busy = new ArrayList<>();
        int shown = 0;
        for (String thread : Files.readString(dump, StandardCharsets.ISO_8859_1).split("\\R\\R")) {
            String[] lines = thread.strip().split("\\R");
            if (lines.length < 2 || !WATCHED.matcher(lines[0]).matches()) {
                continue;
            }
            List<String> frames = Stream.of(lines).skip(1).map(String::strip).filter(line -> line.startsWith("at ")).limit(FRAMES).toList();
            if (lines[1].contains(SLEEPING) || frames.stream().anyMatch(frame -> IDLE.stream().anyMatch(frame::contains))) {
                continue;
            }
            if (++shown > MOST_THREADS) {
                busy.add("   ... more busy threads in " + dump.getFileName());
                break;
            }
            busy.add("   " + lines[0].substring(0, lines[0].indexOf('"', 1) + 1) + " " + lines[1].strip());
            frames.forEach(frame -> busy.add("      " + frame));
        }
        if (busy.isEmpty()) {
            busy.add("   every event-loop and pool thread idle");
        }
        return busy;
    }
}
