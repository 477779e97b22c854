package org.embargomonitor.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link FaultyLink} between the service under test and one real server. Arguments: {@code port}, the
 * server's; {@code property}, the configuration property to point through the link; {@code url}, its value with
 * {@code {port}} for the link's port. The test reaches the link through {@link #link()}.
 */
public class FaultyLinkResource implements QuarkusTestResourceLifecycleManager {

    private static volatile FaultyLink current;
    private int port;
    private String property;
    private String url;

    /** The link of the test running now. */
    public static FaultyLink link() {
        return current;
    }

    @Override
    public void init(Map<String, String> args) {
        port = Integer.parseInt(args.get("port"));
        property = args.get("property");
        url = args.get("url");
    }

    @Override
    public Map<String, String> start() {
        try {
            current = FaultyLink.to(port);
        } catch (Exception e) {
            throw new IllegalStateException("The link to 127.0.0.1:" + port + " could not be opened", e);
        }
        return Map.of(property, url.replace("{port}", Integer.toString(current.port())));
    }

    @Override
    public void stop() {
        try {
            current.close();
        } catch (Exception e) {
            // closed already
        }
    }
}
