-- The UN Security Council Consolidated List as of the latest import, and what each import changed.
CREATE TABLE list_import (
    id             uuid         PRIMARY KEY,
    file_name      varchar(300),
    file_sha256    varchar(64)     NOT NULL,
    generated_at   timestamptz  NOT NULL,
    status         varchar(16)  NOT NULL,
    entries_total  integer      NOT NULL DEFAULT 0,
    entries_done   integer      NOT NULL DEFAULT 0,
    added          integer      NOT NULL DEFAULT 0,
    changed        integer      NOT NULL DEFAULT 0,
    delisted       integer      NOT NULL DEFAULT 0,
    relisted       integer      NOT NULL DEFAULT 0,
    unchanged      integer      NOT NULL DEFAULT 0,
    failure        text,
    submitted_by   varchar(200) NOT NULL,
    submitted_at   timestamptz  NOT NULL,
    finished_at    timestamptz
);

CREATE TABLE designated_party (
    reference            varchar(32)  PRIMARY KEY,
    kind                 varchar(16)  NOT NULL,
    list_type            varchar(64),
    name                 text         NOT NULL,
    listed_on            date,
    delisted_on          date,
    last_seen_listed_on  date,
    details              jsonb        NOT NULL,
    fingerprint          varchar(64)     NOT NULL,
    last_import_id       uuid         NOT NULL REFERENCES list_import (id),
    updated_at           timestamptz  NOT NULL
);
CREATE INDEX designated_party_list_type ON designated_party (list_type);

CREATE TABLE party_change (
    id          uuid        PRIMARY KEY,
    import_id   uuid        NOT NULL REFERENCES list_import (id),
    reference   varchar(32) NOT NULL,
    name        text        NOT NULL,
    list_type   varchar(64),
    kind        varchar(16) NOT NULL,
    fields      text[]
);
CREATE INDEX party_change_import ON party_change (import_id, kind);
