-- Who the items were taken from, and the people involved, disaggregated by sex and age where known.
ALTER TABLE seizure
    ADD COLUMN possessor_kind        varchar(16) CHECK (possessor_kind IN ('ARMED_GROUP', 'INDIVIDUAL', 'UNKNOWN')),
    ADD COLUMN possessor_description varchar(500),
    ADD COLUMN possessor_party_ref   varchar(64),
    ADD COLUMN people_men            integer CHECK (people_men >= 0),
    ADD COLUMN people_women          integer CHECK (people_women >= 0),
    ADD COLUMN people_boys           integer CHECK (people_boys >= 0),
    ADD COLUMN people_girls          integer CHECK (people_girls >= 0),
    ADD COLUMN custody_head          varchar(64);

-- A weapon, a lot of identical items, or a quantity of rounds, as read in the field.
CREATE TABLE item (
    id                       uuid PRIMARY KEY,
    seizure_id               uuid         NOT NULL REFERENCES seizure (id),
    position                 integer      NOT NULL,
    category                 varchar(32)  NOT NULL,
    make                     varchar(100),
    model                    varchar(100),
    calibre                  varchar(60),
    serial_number            varchar(100),
    serial_number_normalised varchar(100),
    quantity                 integer      NOT NULL CHECK (quantity > 0),
    manufacturer             varchar(200),
    country_of_manufacture   varchar(3),
    year_of_manufacture      integer,
    import_mark              varchar(200),
    headstamp                varchar(100),
    headstamp_normalised     varchar(100),
    lot_number               varchar(100),
    lot_number_normalised    varchar(100),
    marking_state            varchar(24)  NOT NULL,
    craft_produced           boolean      NOT NULL,
    printed_3d               boolean      NOT NULL,
    polymer                  boolean      NOT NULL,
    markings                 text,
    status                   varchar(24)  NOT NULL,
    status_changed_by        varchar(200) NOT NULL,
    status_changed_at        timestamptz  NOT NULL,
    version                  bigint       NOT NULL DEFAULT 0,
    CONSTRAINT item_position_unique UNIQUE (seizure_id, position)
);
CREATE INDEX item_serial_normalised ON item (serial_number_normalised);
CREATE INDEX item_lot_normalised ON item (lot_number_normalised);
CREATE INDEX item_headstamp_normalised ON item (headstamp_normalised);

-- Chain of custody: every change, per seizure, each entry hashing the one before it.
CREATE TABLE custody_entry (
    seizure_id    uuid         NOT NULL REFERENCES seizure (id),
    sequence      integer      NOT NULL,
    subject_type  varchar(24)  NOT NULL,
    subject_id    uuid         NOT NULL,
    action        varchar(40)  NOT NULL,
    actor         varchar(200) NOT NULL,
    at            timestamptz  NOT NULL,
    reason        varchar(1000),
    change        text         NOT NULL,
    previous_hash varchar(64)  NOT NULL,
    hash          varchar(64)  NOT NULL,
    PRIMARY KEY (seizure_id, sequence)
);

-- Transactional outbox: events written with the change, relayed to Kafka after commit.
CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    topic        varchar(100) NOT NULL,
    event_key    varchar(100) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (created_at) WHERE published_at IS NULL;

-- Idempotency keys of field clients: a retry returns the first result.
CREATE TABLE idempotency_record (
    caller       varchar(200) NOT NULL,
    key          varchar(200) NOT NULL,
    request_hash varchar(64)  NOT NULL,
    resource_id  uuid         NOT NULL,
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (caller, key)
);
