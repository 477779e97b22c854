-- An erratum corrects a stored version that misread the Council: the wrong version stays in the history, marked
-- superseded, beside the correction, the reason, the source read and who made it.
ALTER TABLE regime_version ADD COLUMN superseded boolean NOT NULL DEFAULT false;
ALTER TABLE regime_version DROP CONSTRAINT regime_version_regime_code_effective_from_key;
CREATE UNIQUE INDEX regime_version_current_date ON regime_version (regime_code, effective_from) WHERE NOT superseded;

CREATE TABLE regime_erratum (
    id                     uuid          PRIMARY KEY,
    catalogue_key          varchar(64)   UNIQUE,
    regime_code            varchar(32)   NOT NULL REFERENCES regime (code),
    corrected_version_id   uuid          NOT NULL UNIQUE REFERENCES regime_version (id),
    replacement_version_id uuid          UNIQUE REFERENCES regime_version (id),
    reason                 text          NOT NULL,
    source                 varchar(500)  NOT NULL,
    created_by             varchar(200)  NOT NULL,
    created_at             timestamptz   NOT NULL
);
CREATE INDEX regime_erratum_regime ON regime_erratum (regime_code, created_at);
