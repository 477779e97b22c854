package org.embargomonitor.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.embargomonitor.testing.LocalServers;

/**
 * The fault-injection suite's own platform, never a running {@code up}'s: PostgreSQL, Kafka and OpenSearch started
 * by bin/embargo-monitor in a runtime folder of their own (under target) on ports shifted by
 * {@value #PORT_OFFSET}, and the four packaged services pointed at them. Keycloak, which only issues the clients'
 * tokens and is never killed, is the shared one. Any component can be killed (SIGKILL) and started again.
 */
final class FaultPlatform implements AutoCloseable {

    static final List<String> SERVERS = List.of("postgres", "kafka", "opensearch");
    private static final int PORT_OFFSET = 1000;
    private static final Path ROOT = Path.of(System.getProperty("embargo.root", "..")).toAbsolutePath();
    private static final Path LOGS = Path.of(System.getProperty("embargo.e2e.logs", "target/e2e-logs")).toAbsolutePath();
    private static final Path RUNTIME = LOGS.getParent().resolve("fault-runtime");
    private static final Duration SCRIPT_LIMIT = Duration.ofMinutes(5);

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private FaultPlatform() {
    }

    /** Wipes what an earlier run left, starts the servers and the services, and waits until all are ready. */
    static FaultPlatform start() throws Exception {
        FaultPlatform platform = new FaultPlatform();
        platform.script("reset");
        platform.script("servers");
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : List.of("seizure-service", "embargo-service", "search-service", "gateway")) {
            ports.put(service, ServiceProcess.freePort());
        }
        String kafka = "-Dkafka.bootstrap.servers=127.0.0.1:" + LocalServers.port("kafka", PORT_OFFSET);
        platform.add("seizure-service", ports, List.of(database("seizure"), jdbc("seizure"), kafka,
                "-Dseizures.evidence.storage-dir=" + RUNTIME.resolve("data/evidence"),
                "-Dquarkus.rest-client.embargo-service.url=http://127.0.0.1:" + ports.get("embargo-service")));
        platform.add("embargo-service", ports, List.of(database("embargo"), jdbc("embargo"), kafka));
        platform.add("search-service", ports, List.of(kafka, "-Dsearch.opensearch.url=" + opensearch(),
                "-Dquarkus.rest-client.seizure-service.url=http://127.0.0.1:" + ports.get("seizure-service")));
        platform.add("gateway", ports, List.of(
                "-Dgateway.routes.seizures.url=http://127.0.0.1:" + ports.get("seizure-service"),
                "-Dgateway.routes.embargo.url=http://127.0.0.1:" + ports.get("embargo-service"),
                "-Dgateway.routes.search.url=http://127.0.0.1:" + ports.get("search-service")));
        // one at a time: eight JVMs warming up at once on a small machine hold event loops past Vert.x's limit
        for (ServiceProcess service : platform.services.values()) {
            service.start();
            service.awaitReady();
        }
        return platform;
    }

    String gateway() {
        return services.get("gateway").url();
    }

    static String opensearch() {
        return "http://127.0.0.1:" + LocalServers.port("opensearch", PORT_OFFSET);
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + LocalServers.port("postgres", PORT_OFFSET) + "/" + database;
    }

    List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /** kill -9 of a service or a server, which gets no chance to finish anything. */
    void kill(String component) throws Exception {
        if (services.containsKey(component)) {
            services.get(component).kill();
            return;
        }
        ProcessHandle process = serverProcess(component).orElseThrow(() -> new IllegalStateException(component + " is not running"));
        process.destroyForcibly();
        process.onExit().get(1, TimeUnit.MINUTES);
    }

    /** Whether the component's process is alive. */
    boolean running(String component) throws IOException {
        return services.containsKey(component) ? services.get(component).alive()
                : serverProcess(component).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<ProcessHandle> serverProcess(String server) throws IOException {
        return ProcessHandle.of(Long.parseLong(Files.readString(RUNTIME.resolve("run/" + server + ".pid")).strip()));
    }

    /** Starts the component again and waits until it is ready. */
    void restart(String component) throws Exception {
        if (services.containsKey(component)) {
            services.get(component).start();
            services.get(component).awaitReady();
            return;
        }
        // A killed PostgreSQL's backends take a moment to notice and leave its shared memory; start again until it is free.
        await(component + " started again").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(3))
                .ignoreExceptionsMatching(IllegalStateException.class::isInstance).until(() -> {
                    script("servers");
                    return true;
                });
    }

    @Override
    public void close() throws Exception {
        services.values().forEach(ServiceProcess::stop);
        script("down");
    }

    private void add(String service, Map<String, Integer> ports, List<String> settings) {
        services.put(service, new ServiceProcess(service, ports.get(service), settings, LOGS.resolve("faults-" + service + ".log")));
    }

    private static String database(String name) {
        return "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:" + LocalServers.port("postgres", PORT_OFFSET) + "/" + name;
    }

    private static String jdbc(String name) {
        return "-Dquarkus.datasource.jdbc.url=" + jdbcUrl(name);
    }

    private void script(String command) throws IOException, InterruptedException {
        Files.createDirectories(LOGS);
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("bin/embargo-monitor").toString(), command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve("faults-servers.txt").toFile()));
        builder.environment().put("EMBARGO_RUNTIME_DIR", RUNTIME.toString());
        builder.environment().put("EMBARGO_PORT_OFFSET", Integer.toString(PORT_OFFSET));
        builder.environment().put("EMBARGO_SERVERS", String.join(" ", SERVERS));
        Process script = builder.start();
        if (!script.waitFor(SCRIPT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            script.destroyForcibly();
            throw new IllegalStateException("bin/embargo-monitor " + command + " took longer than " + SCRIPT_LIMIT);
        }
        if (script.exitValue() != 0) {
            throw new IllegalStateException("bin/embargo-monitor " + command + " failed; see " + LOGS.resolve("faults-servers.txt"));
        }
    }
}
