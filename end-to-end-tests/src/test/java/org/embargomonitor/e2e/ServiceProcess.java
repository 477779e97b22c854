package org.embargomonitor.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

/**
 * One service run from its packaged jar as a process of its own, as in production (prod profile), on a port of
 * 127.0.0.1; its log starts afresh with the first start and a restart appends to it.
 */
final class ServiceProcess {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private static final Path ROOT = Path.of(System.getProperty("embargo.root", ".."));

    private final String service;
    private final int port;
    private final List<String> settings;
    private final Path log;
    private Process process;

    ServiceProcess(String service, int port, List<String> settings, Path log) {
        this.service = service;
        this.port = port;
        this.settings = List.copyOf(settings);
        this.log = log;
    }

    String name() {
        return service;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException {
        Path jar = ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No packaged " + service + " at " + jar + ": build it first (mvnw verify does).");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.log.console.json.enabled=false"));
        command.addAll(settings);
        command.addAll(List.of("-jar", jar.toString()));
        Files.createDirectories(log.toAbsolutePath().getParent());
        if (process == null) {
            Files.deleteIfExists(log);
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the service says it is ready. */
    void awaitReady() {
        try {
            await().atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(this::ready);
        } catch (ConditionTimeoutException notReady) {
            throw new IllegalStateException(service + " was not ready within " + READY_WITHIN.toSeconds() + " s; see " + log);
        }
    }

    boolean ready() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(10_000);
        return connection.getResponseCode() == 200;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Writes the running process's threads, with their stacks, beside its log (jcmd Thread.print). */
    Path dumpThreads() throws IOException, InterruptedException {
        Path dump = log.resolveSibling(service + "-threads.txt");
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process print = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
        if (!print.waitFor(30, TimeUnit.SECONDS)) {
            print.destroyForcibly();
        }
        return dump;
    }

    /** kill -9: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
