package org.embargomonitor.platform.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Recognises a failure that says a dependency (the database, most often) is not answering rather than that the
 * request was wrong or the code broken: a refused or closed connection, a time limit, or a database that says it is
 * starting, stopping, out of connections or lost the connection (SQLSTATE classes 08, 53, 57). The client should send
 * the same request again shortly, so it is answered 503 with Retry-After rather than 500. Read by class name,
 * so that services without a database need no database client.
 */
public final class UnavailableDependency {

    /** SQLSTATE classes: connection exception, insufficient resources, operator intervention (shutdown, starting up, cancelled). */
    private static final Set<String> UNAVAILABLE_STATE_CLASSES = Set.of("08", "53", "57");

    private UnavailableDependency() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedChannelException || cause instanceof TimeoutException) {
                return true;
            }
            String state = SqlStates.of(cause);
            if (state != null && state.length() == 5 && UNAVAILABLE_STATE_CLASSES.contains(state.substring(0, 2))) {
                return true;
            }
            String name = cause.getClass().getSimpleName();
            if (name.equals("ClosedConnectionException") || name.endsWith("TimeoutException")
                    || name.equals("AnnotatedConnectException")
                    || cause instanceof IOException && String.valueOf(cause.getMessage()).contains("Connection reset")) {
                return true;
            }
        }
        return false;
    }
}
