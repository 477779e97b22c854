-- Weapons and ammunition management benchmarks per regime, and the Secretary-General's assessments of them.
CREATE TABLE benchmark (
    id              uuid         PRIMARY KEY,
    regime_code     varchar(32)  NOT NULL REFERENCES regime (code),
    code            varchar(32)  NOT NULL UNIQUE,
    title           varchar(300) NOT NULL,
    text            text         NOT NULL,
    set_by          varchar(200) NOT NULL,
    set_on          date         NOT NULL,
    source          varchar(500) NOT NULL,
    from_catalogue  boolean      NOT NULL,
    created_by      varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL
);

CREATE TABLE benchmark_assessment (
    id              uuid         PRIMARY KEY,
    benchmark_id    uuid         NOT NULL REFERENCES benchmark (id),
    assessed_on     date         NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('NOT_ACHIEVED', 'PARTIALLY_ACHIEVED', 'ACHIEVED')),
    narrative       text         NOT NULL,
    source_document varchar(200) NOT NULL,
    source          varchar(500),
    recorded_by     varchar(200) NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX benchmark_assessment_benchmark ON benchmark_assessment (benchmark_id, assessed_on);
