package org.embargomonitor.platform.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

/**
 * Recognises a failure that says a dependency (the database, most often) is not answering rather than that the
 * request was wrong or the code broken: a refused or closed connection, or a time limit. The client should send
 * the same request again shortly, so it is answered 503 with Retry-After rather than 500. Read by class name,
 * so that services without a database need no database client.
 */
public final class UnavailableDependency {

    private UnavailableDependency() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedChannelException || cause instanceof TimeoutException) {
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
