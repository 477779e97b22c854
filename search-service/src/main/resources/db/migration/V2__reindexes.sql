-- Reindexes: from which index into which, and why; the job that copies is in job (platform-jobs).
CREATE TABLE reindex (
    id         uuid        PRIMARY KEY,
    source     text        NOT NULL,
    target     text        NOT NULL,
    reason     text        NOT NULL,
    started_at timestamptz NOT NULL
);
