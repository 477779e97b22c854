package org.embargomonitor.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.embargomonitor.testing.LocalServers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the four services from their packaged jars, as in production (prod profile), on free ports of
 * 127.0.0.1, against the real servers and the test databases; waits until each is ready; stops them after
 * the last test. Their logs are kept in target/e2e-logs; when a test failed, what each service was doing at the end
 * too ({@link PlatformDiagnostics}).
 */
public class PackagedPlatform implements BeforeAllCallback, TestWatcher, ExtensionContext.Store.CloseableResource {

    private static final Path LOGS = Path.of(System.getProperty("embargo.e2e.logs", "target/e2e-logs"));
    /** A fresh set of search indices per run, as the databases are cleaned per run; deleted after the last test. */
    private static final String SEARCH_ALIAS = "records-e2e-" + System.currentTimeMillis();
    private static final String OPENSEARCH = LocalServers.openSearchUrl();
    private static PackagedPlatform started;
    private static TraceCollector traces;
    private static volatile boolean failed;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    /** The gateway's base URL: the only address the tests call. */
    public static String gateway() {
        return started.services.get("gateway").url();
    }

    /** A service's own base URL, for what the gateway does not route, such as its OpenAPI document. */
    public static String service(String name) {
        return started.services.get(name).url();
    }

    /** The spans the services sent, as an OpenTelemetry Collector would receive them. */
    public static TraceCollector traces() {
        return traces;
    }

    /** The pattern of this run's search indices. */
    public static String searchIndices() {
        return SEARCH_ALIAS + "-*";
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started != null) {
            return;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(PackagedPlatform.class.getName(), this);
        Files.deleteIfExists(LOGS.resolve("diagnostics.txt"));
        traces = TraceCollector.start();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : List.of("seizure-service", "embargo-service", "search-service", "gateway")) {
            ports.put(service, ServiceProcess.freePort());
        }
        start("seizure-service", ports, with(with(with(with(databaseOf("seizure_test"), "-Dseizures.events.seizure-topic=seizures-e2e"),
                "-Dseizures.events.evidence-topic=evidence-e2e"), "-Dseizures.evidence.storage-dir=target/e2e-evidence-store"),
                "-Dquarkus.rest-client.embargo-service.url=http://127.0.0.1:" + ports.get("embargo-service")));
        start("embargo-service", ports, with(with(databaseOf("embargo_test"), "-Dmp.messaging.incoming.seizure-events.topic=seizures-e2e"),
                "-Dembargo.compliance.finding-topic=findings-e2e"));
        List<String> search = new ArrayList<>(databaseOf("search_test"));
        search.addAll(List.of("-Dsearch.opensearch.records-alias=" + SEARCH_ALIAS,
                "-Dmp.messaging.incoming.seizure-events.topic=seizures-e2e",
                "-Dmp.messaging.incoming.evidence-events.topic=evidence-e2e",
                "-Dmp.messaging.incoming.finding-events.topic=findings-e2e",
                "-Dquarkus.rest-client.seizure-service.url=http://127.0.0.1:" + ports.get("seizure-service")));
        start("search-service", ports, search);
        // a service that hangs fails its tests in half a minute, not the production two
        start("gateway", ports, List.of("-Dgateway.idle-timeout=30s",
                "-Dgateway.routes.seizures.url=http://127.0.0.1:" + ports.get("seizure-service"),
                "-Dgateway.routes.embargo.url=http://127.0.0.1:" + ports.get("embargo-service"),
                "-Dgateway.routes.search.url=http://127.0.0.1:" + ports.get("search-service")));
        services.values().forEach(ServiceProcess::awaitReady);
        started = this;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failed = true;
    }

    @Override
    public void close() {
        if (failed) {
            try {
                PlatformDiagnostics.write(services.values(), LOGS.resolve("diagnostics.txt"));
            } catch (IOException e) {
                System.err.println("Could not write the diagnostics of the failed run: " + e.getMessage());
            }
        }
        services.values().forEach(ServiceProcess::stop);
        traces.close();
        deleteSearchIndices();
    }

    private static void deleteSearchIndices() {
        try {
            HttpURLConnection delete = (HttpURLConnection) URI.create(OPENSEARCH + "/" + SEARCH_ALIAS + "-*").toURL().openConnection();
            delete.setRequestMethod("DELETE");
            delete.getResponseCode();
        } catch (IOException e) {
            System.err.println("Could not delete the search indices " + SEARCH_ALIAS + "-*: " + e.getMessage());
        }
    }

    private static List<String> databaseOf(String database) {
        return List.of(
                "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:" + LocalServers.POSTGRES + "/" + database,
                "-Dquarkus.datasource.jdbc.url=" + LocalServers.postgresJdbc(database),
                "-Dquarkus.flyway.clean-at-start=true",
                "-Dquarkus.flyway.clean-disabled=false");
    }

    private static List<String> with(List<String> settings, String setting) {
        List<String> all = new ArrayList<>(settings);
        all.add(setting);
        return all;
    }

    /** Every service sends its spans to the test's collector, at once. */
    private void start(String service, Map<String, Integer> ports, List<String> settings) throws IOException {
        List<String> traced = new ArrayList<>(settings);
        traced.addAll(List.of("-Dembargo.tracing.otlp-endpoint=" + traces.endpoint(),
                "-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf", "-Dquarkus.otel.bsp.schedule.delay=PT0.2S"));
        ServiceProcess process = new ServiceProcess(service, ports.get(service), traced, LOGS.resolve(service + ".log"));
        process.start();
        services.put(service, process);
    }
}
