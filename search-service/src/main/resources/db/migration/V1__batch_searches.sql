-- The results of batch searches, line by line as they are found; the job that runs each is in job (platform-jobs).
CREATE TABLE batch_search (
    id         uuid        PRIMARY KEY,
    owner      text        NOT NULL,
    kind       text        NOT NULL,
    total      integer     NOT NULL,
    found      jsonb       NOT NULL,
    created_at timestamptz NOT NULL
);
