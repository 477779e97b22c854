-- A seizure: weapons or ammunition seized, found, surrendered or captured, as a mission recorded it.
CREATE TABLE seizure (
    id              uuid PRIMARY KEY,
    reference       varchar(64)  NOT NULL,
    operation       varchar(32)  NOT NULL,
    reporting_unit  varchar(200) NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    country_code    varchar(3)   NOT NULL,
    admin_area      varchar(200),
    place_name      varchar(200),
    latitude        double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude       double precision CHECK (longitude BETWEEN -180 AND 180),
    circumstance    varchar(16)  NOT NULL CHECK (circumstance IN ('SEIZED', 'FOUND', 'SURRENDERED', 'CAPTURED')),
    narrative       text,
    recorded_by     varchar(200) NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT seizure_reference_unique_per_operation UNIQUE (operation, reference)
);

CREATE INDEX seizure_country_occurred ON seizure (country_code, occurred_at DESC);
CREATE INDEX seizure_operation_occurred ON seizure (operation, occurred_at DESC);
