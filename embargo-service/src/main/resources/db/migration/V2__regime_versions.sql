-- What a regime prohibits changes over time: each change is a version in force from its date to the next one's.
ALTER TABLE regime DROP COLUMN kind;
ALTER TABLE regime ADD COLUMN list_types text[] NOT NULL DEFAULT '{}';

CREATE TABLE regime_version (
    id                       uuid         PRIMARY KEY,
    regime_code              varchar(32)  NOT NULL REFERENCES regime (code),
    effective_from           date         NOT NULL,
    effective_from_uncertain boolean      NOT NULL,
    set_by                   varchar(200) NOT NULL,
    source                   varchar(500) NOT NULL,
    summary                  text         NOT NULL,
    uncertainties            text[]        NOT NULL,
    terms                    jsonb        NOT NULL,
    from_catalogue           boolean      NOT NULL,
    created_by               varchar(200) NOT NULL,
    created_at               timestamptz  NOT NULL,
    UNIQUE (regime_code, effective_from)
);
