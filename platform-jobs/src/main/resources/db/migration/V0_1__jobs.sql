-- Background jobs of the service (platform-jobs). Versioned below the services' own migrations, applied out of order
-- on a database that had them before (quarkus.flyway.out-of-order=true), so that a service's migration may move its
-- older job tables into it.
CREATE TABLE job (
    id           uuid PRIMARY KEY,
    kind         text        NOT NULL,
    description  text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    submitted_by text        NOT NULL,
    submitted_at timestamptz NOT NULL,
    claimed_by   text,
    lease_until  timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    total        bigint      NOT NULL DEFAULT 0,
    done         bigint      NOT NULL DEFAULT 0,
    checkpoint   text,
    counts       jsonb       NOT NULL DEFAULT '{}',
    failure      text,
    started_at   timestamptz,
    finished_at  timestamptz
);
CREATE INDEX job_by_kind ON job (kind, submitted_at DESC);
CREATE INDEX job_unfinished ON job (submitted_at) WHERE status IN ('QUEUED', 'RUNNING');

-- What a job reads (an uploaded file), kept until the job ends, so that any replica can run or resume it.
CREATE TABLE job_input (
    job_id  uuid PRIMARY KEY REFERENCES job (id) ON DELETE CASCADE,
    content bytea NOT NULL
);
