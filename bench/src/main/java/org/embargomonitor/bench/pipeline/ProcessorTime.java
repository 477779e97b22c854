package org.embargomonitor.bench.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Processor time spent by each part of the platform on this machine, from the kernel's counters ({@code /proc/<pid>/stat},
 * user and system ticks): each process is counted with the part whose process started it (PostgreSQL's backends
 * with the postmaster), the benchmark's own process as the load generator, and everything else as the rest.
 */
final class ProcessorTime {

    private static final double TICKS_PER_SECOND = 100;
    private static final List<String> PARTS = List.of("gateway", "seizure-service", "embargo-service", "search-service",
            "postgres", "kafka", "opensearch", "keycloak");

    private final Path runDirectory;

    ProcessorTime(Path runDirectory) {
        this.runDirectory = runDirectory;
    }

    /** Seconds of processor time so far, by part. */
    Map<String, Double> sample() throws IOException {
        Map<Long, String> partOfPid = new HashMap<>();
        for (String part : PARTS) {
            Path pidFile = runDirectory.resolve(part + ".pid");
            if (Files.exists(pidFile)) {
                partOfPid.put(Long.parseLong(Files.readString(pidFile).trim()), part);
            }
        }
        partOfPid.put(ProcessHandle.current().pid(), "load generator");
        Map<Long, long[]> processes = new HashMap<>();
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : proc) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    processes.put(Long.parseLong(process.getFileName().toString()),
                            new long[] { Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12]) });
                } catch (IOException | RuntimeException ended) {
                    // a process that ended while we read is not counted
                }
            }
        }
        Map<String, Double> seconds = new TreeMap<>();
        processes.forEach((pid, process) -> seconds.merge(partOf(pid, processes, partOfPid), process[1] / TICKS_PER_SECOND, Double::sum));
        return seconds;
    }

    private static String partOf(long pid, Map<Long, long[]> processes, Map<Long, String> partOfPid) {
        for (long ancestor = pid; ancestor > 1; ) {
            String part = partOfPid.get(ancestor);
            if (part != null) {
                return part;
            }
            long[] process = processes.get(ancestor);
            if (process == null) {
                break;
            }
            ancestor = process[0];
        }
        return "rest of the machine";
    }

    /** What each part spent between two samples. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> spent = new TreeMap<>();
        after.forEach((part, seconds) -> spent.put(part, seconds - before.getOrDefault(part, 0.0)));
        return spent;
    }
}
