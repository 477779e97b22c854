-- The seizures the compliance checks have read (the latest version of each), the marks of their items for
-- supply-chain links, the findings with every decision on them, and re-evaluation jobs.
CREATE TABLE seizure_record (
    id            uuid         PRIMARY KEY,
    version       bigint       NOT NULL,
    reference     varchar(200) NOT NULL,
    operation     varchar(64)  NOT NULL,
    country_code  varchar(3)   NOT NULL,
    occurred_on   date         NOT NULL,
    facts         jsonb        NOT NULL,
    received_at   timestamptz  NOT NULL
);

CREATE TABLE item_mark (
    item_id             uuid         PRIMARY KEY,
    seizure_id          uuid         NOT NULL REFERENCES seizure_record (id),
    seizure_reference   varchar(200) NOT NULL,
    country_code        varchar(3)   NOT NULL,
    seized_on           date         NOT NULL,
    make_model          varchar(400),
    serial_prefix       varchar(100),
    serial_number       bigint,
    lot_normalised      varchar(100),
    embargo_regime      varchar(32),
    embargo_version_id  uuid,
    embargo_citation    varchar(200)
);
CREATE INDEX item_mark_lot ON item_mark (lot_normalised) WHERE lot_normalised IS NOT NULL;
CREATE INDEX item_mark_serial ON item_mark (make_model, serial_prefix, serial_number) WHERE serial_number IS NOT NULL;

CREATE TABLE finding (
    id                 uuid         PRIMARY KEY,
    dedup_key          varchar(400) NOT NULL UNIQUE,
    seizure_id         uuid         NOT NULL,
    seizure_reference  varchar(200) NOT NULL,
    item_id            uuid         NOT NULL,
    operation          varchar(64)  NOT NULL,
    country_code       varchar(3)   NOT NULL,
    seizure_date       date         NOT NULL,
    rule               varchar(40)  NOT NULL,
    regime_code        varchar(32)  NOT NULL,
    regime_version_id  uuid         NOT NULL,
    citation           varchar(200) NOT NULL,
    subject            varchar(100),
    confidence         varchar(8)   NOT NULL,
    explanation        text         NOT NULL,
    facts              jsonb        NOT NULL,
    status             varchar(12)  NOT NULL,
    version            integer      NOT NULL,
    raised_at          timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL
);
CREATE INDEX finding_seizure ON finding (seizure_id);
CREATE INDEX finding_status ON finding (status, country_code);

CREATE TABLE finding_decision (
    id          uuid         PRIMARY KEY,
    finding_id  uuid         NOT NULL REFERENCES finding (id),
    decision    varchar(12)  NOT NULL,
    reason      text         NOT NULL,
    decided_by  varchar(200) NOT NULL,
    decided_at  timestamptz  NOT NULL
);
CREATE INDEX finding_decision_finding ON finding_decision (finding_id);

CREATE TABLE dismissed_name_match (
    possessor_normalised  varchar(500) NOT NULL,
    party_reference       varchar(100) NOT NULL,
    finding_id            uuid         NOT NULL REFERENCES finding (id),
    dismissed_by          varchar(200) NOT NULL,
    dismissed_at          timestamptz  NOT NULL,
    PRIMARY KEY (possessor_normalised, party_reference)
);

CREATE TABLE evaluation_job (
    id              uuid         PRIMARY KEY,
    reason          text         NOT NULL,
    status          varchar(12)  NOT NULL,
    records_total   integer      NOT NULL DEFAULT 0,
    records_done    integer      NOT NULL DEFAULT 0,
    findings_raised integer      NOT NULL DEFAULT 0,
    failure         text,
    requested_by    varchar(200) NOT NULL,
    requested_at    timestamptz  NOT NULL,
    finished_at     timestamptz
);

CREATE TABLE outbox_event (
    id           uuid         PRIMARY KEY,
    topic        varchar(200) NOT NULL,
    event_key    varchar(200) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (created_at) WHERE published_at IS NULL;
