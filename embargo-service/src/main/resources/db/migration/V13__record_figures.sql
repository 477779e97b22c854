-- What each record adds to the indicators, kept when the record is stored (RecordFigures): the indicators sum these
-- rows in the database instead of reading every record's facts (at 100,000 items that took seconds, and at first
-- more memory than the service had). The record's country, operation and date are repeated so that each table is
-- filtered on its own.
CREATE TABLE record_figures (
    seizure_id      uuid        PRIMARY KEY REFERENCES seizure_record (id),
    country_code    varchar(3)  NOT NULL,
    operation       varchar(64) NOT NULL,
    occurred_on     date        NOT NULL,
    last_day        date        NOT NULL,
    latitude        double precision,
    longitude       double precision,
    place_name      text,
    place_lat       integer,
    place_lon       integer,
    weapons         bigint      NOT NULL,
    seized          bigint      NOT NULL,
    found           bigint      NOT NULL,
    surrendered     bigint      NOT NULL,
    captured        bigint      NOT NULL,
    traced          bigint      NOT NULL,
    marks_recorded  bigint      NOT NULL,
    intact          bigint      NOT NULL,
    destroyed       bigint      NOT NULL,
    at_border       smallint    NOT NULL,
    inland          smallint    NOT NULL,
    at_sea          smallint    NOT NULL,
    rounds          bigint      NOT NULL
);
CREATE INDEX record_figures_by_date ON record_figures (occurred_on);
-- place_lat and place_lon: the place to about a kilometre (hundredths of a degree), as the map groups records.
CREATE INDEX record_figures_by_place ON record_figures (place_lat, place_lon, occurred_on, seizure_id) WHERE place_lat IS NOT NULL;

-- Steps of a record's weapons, summed by day and step.
CREATE TABLE record_step (
    seizure_id    uuid        NOT NULL REFERENCES seizure_record (id),
    country_code  varchar(3)  NOT NULL,
    operation     varchar(64) NOT NULL,
    occurred_on   date        NOT NULL,
    happened_on   date        NOT NULL,
    step          varchar(24) NOT NULL,
    quantity      bigint      NOT NULL,
    items         integer     NOT NULL
);
CREATE INDEX record_step_seizure ON record_step (seizure_id);
CREATE INDEX record_step_by_date ON record_step (happened_on);

-- When a weapon's tracing request stood unanswered for more than 90 days: overdue as of any day from overdue_from
-- until the day before overdue_until.
CREATE TABLE record_overdue (
    seizure_id     uuid        NOT NULL REFERENCES seizure_record (id),
    country_code   varchar(3)  NOT NULL,
    operation      varchar(64) NOT NULL,
    occurred_on    date        NOT NULL,
    quantity       bigint      NOT NULL,
    overdue_from   date        NOT NULL,
    overdue_until  date
);
CREATE INDEX record_overdue_seizure ON record_overdue (seizure_id);

-- How many findings of each status each record has under each regime: kept by triggers whatever changes a finding
-- (a check, a decision), so that the indicators count findings without reading them. They are counted on their
-- record's seizure date, as the record's figures are.
CREATE TABLE finding_count (
    seizure_id    uuid        NOT NULL,
    regime_code   varchar(32) NOT NULL,
    status        varchar(12) NOT NULL,
    findings      bigint      NOT NULL,
    PRIMARY KEY (seizure_id, regime_code, status)
);
CREATE INDEX finding_count_by_regime ON finding_count (regime_code, status);

CREATE FUNCTION count_finding() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE finding_count SET findings = findings - 1
         WHERE seizure_id = OLD.seizure_id AND regime_code = OLD.regime_code AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO finding_count VALUES (NEW.seizure_id, NEW.regime_code, NEW.status, 1)
            ON CONFLICT (seizure_id, regime_code, status) DO UPDATE SET findings = finding_count.findings + 1;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER finding_counted_when_added AFTER INSERT OR DELETE ON finding FOR EACH ROW EXECUTE FUNCTION count_finding();
CREATE TRIGGER finding_counted_when_changed AFTER UPDATE ON finding FOR EACH ROW
    WHEN (OLD.seizure_id IS DISTINCT FROM NEW.seizure_id OR OLD.regime_code IS DISTINCT FROM NEW.regime_code
          OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION count_finding();

INSERT INTO finding_count SELECT seizure_id, regime_code, status, count(*) FROM finding GROUP BY 1, 2, 3;
