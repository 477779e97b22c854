package org.embargomonitor.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event written in the transaction of its change and relayed to Kafka after the commit. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    public String topic;

    @Column(name = "event_key")
    public String key;

    public String payload;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The W3C traceparent of the change that wrote the event, continued when it is published. */
    @Column(name = "trace_parent")
    public String traceParent;
}
