package org.embargomonitor.bench.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.embargomonitor.testing.LocalServers;

/**
 * Each service's peak heap (its Micrometer {@code jvm_memory_used_bytes} of the heap, every two seconds) and resident
 * memory (the kernel's high-water mark, {@code VmHWM}), for the services {@code bin/embargo-monitor up} started.
 */
final class ServiceMemory implements AutoCloseable {

    private static final List<String> SERVICES = List.of("gateway", "seizure-service", "embargo-service", "search-service");
    private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\",[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern HEAP_MAX = Pattern.compile("^jvm_memory_max_bytes\\{area=\"heap\",[^}]*} (\\S+)$", Pattern.MULTILINE);

    /** Peak heap in use and largest heap allowed, in bytes. */
    record Peak(long heapUsed, long heapMax, long residentKilobytes) {
    }

    private final Path runDirectory;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Peak> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    ServiceMemory(Path runDirectory) {
        this.runDirectory = runDirectory;
        sampler.scheduleAtFixedRate(this::sample, 0, 2, TimeUnit.SECONDS);
    }

    private void sample() {
        SERVICES.forEach(service -> {
            try {
                String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LocalServers.servicePort(service) + "/q/metrics"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                long used = sum(HEAP_USED.matcher(metrics));
                long max = sum(HEAP_MAX.matcher(metrics));
                peaks.merge(service, new Peak(used, max, resident(service)),
                        (a, b) -> new Peak(Math.max(a.heapUsed(), b.heapUsed()), b.heapMax(), Math.max(a.residentKilobytes(), b.residentKilobytes())));
            } catch (Exception unreachable) {
                // a service busy or restarting is sampled again in two seconds
            }
        });
    }

    private static long sum(Matcher values) {
        long sum = 0;
        while (values.find()) {
            double value = Double.parseDouble(values.group(1));
            sum += value > 0 ? (long) value : 0;
        }
        return sum;
    }

    /** The kernel's high-water mark of the service's resident memory, 0 when its process is not known. */
    private long resident(String service) {
        try {
            String pid = Files.readString(runDirectory.resolve(service + ".pid")).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception unknown) {
            // not started by bin/embargo-monitor
        }
        return 0;
    }

    /** The peaks so far, by service. */
    Map<String, Peak> peaks() {
        sample();
        return new LinkedHashMap<>(new java.util.TreeMap<>(peaks));
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
