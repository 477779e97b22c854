package org.embargomonitor.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} of the change an event comes from, kept with the event in the outbox so that its
 * publication, after the commit and on another thread, continues the change's trace.
 */
final class TraceParent {

    private static final String HEADER = "traceparent";
    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceParent) {
            return List.of(HEADER);
        }

        @Override
        public String get(String traceParent, String key) {
            return HEADER.equals(key) ? traceParent : null;
        }
    };

    private TraceParent() {
    }

    /** The current trace's {@code traceparent}, or null outside any trace. */
    static String current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a stored {@code traceparent} names; the root context when none was stored. */
    static Context of(String traceParent) {
        return traceParent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, STORED);
    }
}
