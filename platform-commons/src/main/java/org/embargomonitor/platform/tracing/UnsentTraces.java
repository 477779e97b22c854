package org.embargomonitor.platform.tracing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Traces are made everywhere (their ids are in every log line and travel with every request and event) but sent
 * nowhere until {@code embargo.tracing.otlp-endpoint} names an OTLP collector: while it is unset, this exporter
 * takes the place of Quarkus's OTLP exporter and drops what it is given.
 */
@Singleton
public class UnsentTraces {

    @Produces
    @Singleton
    @LookupIfProperty(name = "embargo.tracing.otlp-endpoint", stringValue = "", lookupIfMissing = true)
    SpanExporter dropped() {
        // a composite of no exporter is the SDK's no-op exporter
        return SpanExporter.composite();
    }
}
