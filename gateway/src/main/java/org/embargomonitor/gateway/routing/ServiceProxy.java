package org.embargomonitor.gateway.routing;

import java.net.ConnectException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * Passes a request on to its service and the answer back, streaming both. A connection that fails before the
 * service answered is tried once more on a fresh one when the request can be sent again safely (no body, or a
 * small one, and an idempotent method or an Idempotency-Key). When the service cannot be reached the caller gets
 * problem+json naming the service (503 not answering, 504 too slow, 502 connection failed), and the gateway logs it.
 * The service is told where the caller reached the platform (X-Forwarded-Proto, -Host, -For, written by the gateway
 * from what it saw, or from what the ingress in front of it told it; the caller's own are not passed on as they
 * came), so that the Location headers the service writes point at the gateway.
 */
final class ServiceProxy implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /**
     * Bodies up to this size of requests that may be sent again are read whole, so that they can be; others are
     * streamed, so that what arrived of a piece of a resumable upload cut off on the way reaches the service.
     */
    private static final int REPLAYABLE_BODY = 1 << 20;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix");
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT,
            HttpMethod.DELETE);

    private final String service;
    private final HttpClient client;
    private final String host;
    private final int port;
    private final long idleTimeoutMillis;
    private final long maxBodyBytes;

    ServiceProxy(String service, HttpClient client, String host, int port, long idleTimeoutMillis, long maxBodyBytes) {
        this.service = service;
        this.client = client;
        this.host = host;
        this.port = port;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest in = context.request();
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        long declared = parse(length);
        if (declared > maxBodyBytes) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(context, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is " + declared + " bytes; the " + service
                    + " service takes at most " + maxBodyBytes + ".");
            return;
        }
        if (!chunked && declared <= 0) {
            send(context, Buffer.buffer(), retryable(in));
        } else if (!chunked && declared <= REPLAYABLE_BODY && retryable(in)) {
            Future<Buffer> body = in.body();
            in.resume();
            body.onSuccess(read -> send(context, read, retryable(in))).onFailure(failure -> fail(context, failure));
        } else {
            stream(context);
        }
    }

    private void send(RoutingContext context, Buffer body, boolean retry) {
        client.request(options(context.request()))
                .compose(request -> request.send(body))
                .recover(failure -> retry && !(failure instanceof TimeoutException) && !context.response().headWritten()
                        ? client.request(options(context.request())).compose(request -> request.send(body))
                        : Future.failedFuture(failure))
                .onSuccess(answer -> relay(context, answer))
                .onFailure(failure -> fail(context, failure));
    }

    private void stream(RoutingContext context) {
        HttpServerRequest in = context.request();
        in.pause();
        client.request(options(in))
                .compose(request -> {
                    // a caller gone mid-body: the service learns it at once, not when its read times out
                    context.response().closeHandler(gone -> request.reset());
                    return request.send(in);
                })
                .onSuccess(answer -> relay(context, answer))
                .onFailure(failure -> fail(context, failure));
    }

    private RequestOptions options(HttpServerRequest in) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        in.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        String length = in.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            headers.set(HttpHeaders.CONTENT_LENGTH, length);
        }
        // where the caller reached the platform, so that the service's Location headers and links name the gateway
        headers.set("X-Forwarded-Proto", in.scheme());
        HostAndPort reached = in.authority();
        if (reached != null) {
            headers.set("X-Forwarded-Host", reached.port() > 0 ? reached.host() + ":" + reached.port() : reached.host());
        }
        if (in.remoteAddress() != null) {
            headers.set("X-Forwarded-For", in.remoteAddress().hostAddress());
        }
        return new RequestOptions().setMethod(in.method()).setHost(host).setPort(port).setURI(in.uri()).setHeaders(headers)
                .setIdleTimeout(idleTimeoutMillis);
    }

    private void relay(RoutingContext context, HttpClientResponse answer) {
        HttpServerResponse out = context.response();
        if (answer.statusCode() >= 400 && answer.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            // The HTTP server of a service refuses an oversized body or address with a bare status before the service sees it.
            HttpResponseStatus status = HttpResponseStatus.valueOf(answer.statusCode());
            answer.body().onComplete(ignored -> problem(context, status, inWords(status)));
            return;
        }
        out.setStatusCode(answer.statusCode()).setStatusMessage(answer.statusMessage());
        answer.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.headers().add(header.getKey(), header.getValue());
            }
        });
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            out.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            out.setChunked(true);
        }
        out.send(answer).onFailure(failure -> LOG.warnf("The answer of %s to %s %s broke off: %s", service,
                context.request().method(), context.request().path(), failure.getMessage()));
    }

    private void fail(RoutingContext context, Throwable failure) {
        HttpServerRequest in = context.request();
        HttpResponseStatus status;
        String detail;
        if (failure instanceof ConnectException) {
            status = HttpResponseStatus.SERVICE_UNAVAILABLE;
            detail = "The " + service + " service is not answering. Try again in a moment.";
        } else if (failure instanceof TimeoutException) {
            status = HttpResponseStatus.GATEWAY_TIMEOUT;
            detail = "The " + service + " service did not answer within " + idleTimeoutMillis / 1000 + " s.";
        } else {
            status = HttpResponseStatus.BAD_GATEWAY;
            detail = "The connection to the " + service + " service failed before it answered.";
        }
        LOG.warnf("%s %s: %s service: %s (%s)", in.method(), in.path(), service, status, failure.toString());
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        problem(context, status, detail);
    }

    private void problem(RoutingContext context, HttpResponseStatus status, String detail) {
        HttpServerRequest in = context.request();
        HttpServerResponse out = context.response();
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", status.reasonPhrase())
                .put("status", status.code()).put("detail", detail).put("instance", in.path()).put("service", service);
        out.setStatusCode(status.code()).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        if (status == HttpResponseStatus.SERVICE_UNAVAILABLE) {
            out.putHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        out.end(problem.encode());
    }

    private String inWords(HttpResponseStatus status) {
        return switch (status.code()) {
            case 413 -> "The request body is larger than the " + service + " service takes.";
            case 414 -> "The address is longer than the " + service + " service takes: send fewer or shorter query parameters.";
            case 431 -> "The request headers are larger than the " + service + " service takes.";
            default -> "The " + service + " service refused the request (HTTP " + status.code() + ").";
        };
    }

    private static boolean retryable(HttpServerRequest in) {
        return IDEMPOTENT.contains(in.method()) || in.getHeader("Idempotency-Key") != null;
    }

    private static long parse(String length) {
        try {
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
