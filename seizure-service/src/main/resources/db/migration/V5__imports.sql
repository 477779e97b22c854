-- Bulk imports of spreadsheets: one job per file, its progress, and why rows were rejected.
CREATE TABLE import_job (
    id                uuid PRIMARY KEY,
    submitted_by      varchar(200) NOT NULL,
    file_name         varchar(300),
    format            varchar(8)   NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    status            varchar(16)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows        integer      NOT NULL DEFAULT 0,
    rows_done         integer      NOT NULL DEFAULT 0,
    rows_rejected     integer      NOT NULL DEFAULT 0,
    seizures_created  integer      NOT NULL DEFAULT 0,
    failure           varchar(2000),
    submitted_at      timestamptz  NOT NULL,
    finished_at       timestamptz
);

CREATE TABLE import_row_error (
    job_id      uuid         NOT NULL REFERENCES import_job (id),
    row_number  integer      NOT NULL,
    reference   varchar(64),
    field       varchar(100) NOT NULL,
    message     varchar(1000) NOT NULL
);
CREATE INDEX import_row_error_job ON import_row_error (job_id, row_number);
