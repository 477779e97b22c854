-- Tracing requests sent to a State about an item, their reminders and the State's answer.
CREATE TABLE tracing_request (
    id                  uuid PRIMARY KEY,
    seizure_id          uuid         NOT NULL REFERENCES seizure (id),
    item_id             uuid         NOT NULL REFERENCES item (id),
    state_code          varchar(3)   NOT NULL,
    sent_on             date         NOT NULL,
    note                varchar(2000),
    requested_by        varchar(200) NOT NULL,
    outcome             varchar(40)  CHECK (outcome IN ('ORIGIN_ESTABLISHED', 'POINT_OF_DIVERSION_IDENTIFIED', 'INCONCLUSIVE', 'NO_RESPONSE')),
    response_received_on date,
    response_summary    text,
    last_legal_owner    varchar(300),
    export_licence      varchar(200),
    diversion_date      date,
    concluded_by        varchar(200),
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX tracing_request_seizure ON tracing_request (seizure_id);

CREATE TABLE tracing_reminder (
    id                 uuid PRIMARY KEY,
    tracing_request_id uuid         NOT NULL REFERENCES tracing_request (id),
    sent_on            date         NOT NULL,
    sent_by            varchar(200) NOT NULL
);
CREATE INDEX tracing_reminder_request ON tracing_reminder (tracing_request_id);
