-- Wakes the outbox relays of every replica when events are committed (a notification is delivered at the commit,
-- once per transaction), so that an event leaves without waiting for the relay's next look.
CREATE OR REPLACE FUNCTION outbox_event_written() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS outbox_event_written ON outbox_event;
CREATE TRIGGER outbox_event_written AFTER INSERT ON outbox_event FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_written();

-- Published events are purged after the retention (OutboxPurge), oldest first.
CREATE INDEX IF NOT EXISTS outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- The W3C traceparent of the change that wrote each event, so that its publication continues the change's trace.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS trace_parent text;
