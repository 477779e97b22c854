-- Photos and documents attached to a seizure or one of its items; the bytes live in the blob store,
-- addressed by their SHA-256, so the same bytes are stored once.
CREATE TABLE evidence (
    id            uuid PRIMARY KEY,
    seizure_id    uuid          NOT NULL REFERENCES seizure (id),
    item_id       uuid          REFERENCES item (id),
    sha256        varchar(64)   NOT NULL,
    size_bytes    bigint        NOT NULL CHECK (size_bytes >= 0),
    media_type    varchar(200)  NOT NULL,
    file_name     varchar(300),
    description   varchar(2000),
    taken_at      timestamptz,
    latitude      double precision,
    longitude     double precision,
    camera        varchar(200),
    uploaded_by   varchar(200)  NOT NULL,
    uploaded_at   timestamptz   NOT NULL
);
CREATE INDEX evidence_seizure ON evidence (seizure_id);
CREATE INDEX evidence_sha256 ON evidence (sha256);
