package org.embargomonitor.gateway.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An HTTP/1.1 server on 127.0.0.1 in place of the search service, that keeps connections alive but closes each one
 * when a second request arrives on it, without answering: what a service does when it closes an idle connection just
 * as the gateway reuses it, or when it restarts. Counts the requests it answered.
 */
public class ClosingUpstream implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger ANSWERED = new AtomicInteger();
    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread.ofPlatform().daemon().name("closing-upstream").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket connection = server.accept();
                    Thread.ofPlatform().daemon().start(() -> serve(connection));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return Map.of("gateway.routes.search.url", "http://127.0.0.1:" + server.getLocalPort());
    }

    private static void serve(Socket connection) {
        try (connection) {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = connection.getOutputStream();
            long length = readHead(in);
            if (length < 0) {
                return;
            }
            in.skip(length);
            byte[] body = "{\"upstream\":\"search\"}".getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            ANSWERED.incrementAndGet();
            if (readHead(in) >= 0) {
                connection.setSoLinger(true, 0);
            }
        } catch (IOException e) {
            // the gateway went away
        }
    }

    /** Reads a request's head; answers its Content-Length, or -1 at the end of the stream. */
    private static long readHead(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return -1;
        }
        long length = 0;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Long.parseLong(line.substring("content-length:".length()).strip());
            }
        }
        return length;
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
