-- Tracing requests get a due date (the panel's response time, 28 days unless set otherwise) and the panel that sent
-- them; the letters a panel sends are kept, byte for byte, as evidence of the request.
CREATE TABLE tracing_letter (
    id          uuid PRIMARY KEY,
    seizure_id  uuid         NOT NULL REFERENCES seizure (id),
    state_code  varchar(3)   NOT NULL,
    language    varchar(2)   NOT NULL,
    media_type  varchar(100) NOT NULL,
    file_name   varchar(200) NOT NULL,
    sha256      varchar(64)  NOT NULL,
    size_bytes  bigint       NOT NULL,
    sent_on     date         NOT NULL,
    sent_by     varchar(200) NOT NULL,
    recorded_at timestamptz  NOT NULL
);
CREATE INDEX tracing_letter_seizure ON tracing_letter (seizure_id);

ALTER TABLE tracing_request
    ADD COLUMN due_on    date,
    ADD COLUMN panel     varchar(100),
    ADD COLUMN letter_id uuid REFERENCES tracing_letter (id);
UPDATE tracing_request SET due_on = sent_on + 28;
ALTER TABLE tracing_request ALTER COLUMN due_on SET NOT NULL;
CREATE INDEX tracing_request_open_due ON tracing_request (due_on) WHERE outcome IS NULL;
CREATE INDEX tracing_request_sent ON tracing_request (sent_on);
