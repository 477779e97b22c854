-- The records' figures, steps and findings summed by country, operation and seizure day, so that a dashboard over a
-- million records reads days, not records (issue 15: indicators within 200 ms at 1M items). Every change of
-- record_figures, record_step or finding_count appends what it adds and what it takes away to a *_change table:
-- inserts only, so that checks running side by side never wait for one another on a day's sums. DailySums folds those
-- rows into the *_by_day sums every few seconds, one replica at a time; the indicators read the sums and the rows not
-- folded yet in one statement, so they are exact at any moment. Counts are integers (PostgreSQL adds integers into a
-- bigint about twice as fast as bigints into a numeric); quantities of items stay bigints. Indicators of a targeted
-- regime (the records with a finding under it) and the places of the map still read the records' own figures; the
-- places through an index that holds what they sum, so that they never read the table.

CREATE TABLE figures_change (
    country_code    varchar(3)  NOT NULL,
    operation       varchar(64) NOT NULL,
    occurred_on     date        NOT NULL,
    last_day        date        NOT NULL,
    records         integer     NOT NULL,
    weapons         bigint      NOT NULL,
    seized          bigint      NOT NULL,
    found           bigint      NOT NULL,
    surrendered     bigint      NOT NULL,
    captured        bigint      NOT NULL,
    traced          bigint      NOT NULL,
    marks_recorded  bigint      NOT NULL,
    intact          bigint      NOT NULL,
    destroyed       bigint      NOT NULL,
    at_border       integer     NOT NULL,
    inland          integer     NOT NULL,
    at_sea          integer     NOT NULL,
    rounds          bigint      NOT NULL
);

-- last_day is part of the key so that the last day anything happened stays exact when records change or go.
CREATE TABLE figures_by_day (
    country_code    varchar(3)  NOT NULL,
    operation       varchar(64) NOT NULL,
    occurred_on     date        NOT NULL,
    last_day        date        NOT NULL,
    records         integer     NOT NULL,
    weapons         bigint      NOT NULL,
    seized          bigint      NOT NULL,
    found           bigint      NOT NULL,
    surrendered     bigint      NOT NULL,
    captured        bigint      NOT NULL,
    traced          bigint      NOT NULL,
    marks_recorded  bigint      NOT NULL,
    intact          bigint      NOT NULL,
    destroyed       bigint      NOT NULL,
    at_border       integer     NOT NULL,
    inland          integer     NOT NULL,
    at_sea          integer     NOT NULL,
    rounds          bigint      NOT NULL,
    PRIMARY KEY (country_code, operation, occurred_on, last_day)
);
CREATE INDEX figures_by_day_by_date ON figures_by_day (occurred_on);

CREATE TABLE steps_change (
    country_code  varchar(3)  NOT NULL,
    operation     varchar(64) NOT NULL,
    occurred_on   date        NOT NULL,
    happened_on   date        NOT NULL,
    step          varchar(24) NOT NULL,
    quantity      bigint      NOT NULL,
    items         integer     NOT NULL
);

CREATE TABLE steps_by_day (
    country_code  varchar(3)  NOT NULL,
    operation     varchar(64) NOT NULL,
    occurred_on   date        NOT NULL,
    happened_on   date        NOT NULL,
    step          varchar(24) NOT NULL,
    quantity      bigint      NOT NULL,
    items         integer     NOT NULL,
    PRIMARY KEY (country_code, operation, occurred_on, happened_on, step)
);
CREATE INDEX steps_by_day_by_date ON steps_by_day (happened_on);

-- A record's findings count on its seizure day: finding_count keeps the record's country, operation and day (null
-- while the record has no figures), set when its figures are stored.
ALTER TABLE finding_count ADD COLUMN country_code varchar(3), ADD COLUMN operation varchar(64), ADD COLUMN occurred_on date;
UPDATE finding_count c SET country_code = r.country_code, operation = r.operation, occurred_on = r.occurred_on
  FROM record_figures r WHERE r.seizure_id = c.seizure_id;

CREATE TABLE findings_change (
    country_code  varchar(3)  NOT NULL,
    operation     varchar(64) NOT NULL,
    occurred_on   date        NOT NULL,
    regime_code   varchar(32) NOT NULL,
    status        varchar(12) NOT NULL,
    findings      integer     NOT NULL
);

CREATE TABLE findings_by_day (
    country_code  varchar(3)  NOT NULL,
    operation     varchar(64) NOT NULL,
    occurred_on   date        NOT NULL,
    regime_code   varchar(32) NOT NULL,
    status        varchar(12) NOT NULL,
    findings      integer     NOT NULL,
    PRIMARY KEY (country_code, operation, occurred_on, regime_code, status)
);

CREATE FUNCTION figures_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO figures_change VALUES (OLD.country_code, OLD.operation, OLD.occurred_on, OLD.last_day,
            -1, -OLD.weapons, -OLD.seized, -OLD.found, -OLD.surrendered, -OLD.captured, -OLD.traced,
            -OLD.marks_recorded, -OLD.intact, -OLD.destroyed, -OLD.at_border, -OLD.inland, -OLD.at_sea, -OLD.rounds);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO figures_change VALUES (NEW.country_code, NEW.operation, NEW.occurred_on, NEW.last_day,
            1, NEW.weapons, NEW.seized, NEW.found, NEW.surrendered, NEW.captured, NEW.traced,
            NEW.marks_recorded, NEW.intact, NEW.destroyed, NEW.at_border, NEW.inland, NEW.at_sea, NEW.rounds);
        UPDATE finding_count SET country_code = NEW.country_code, operation = NEW.operation, occurred_on = NEW.occurred_on
         WHERE seizure_id = NEW.seizure_id
           AND (country_code, operation, occurred_on) IS DISTINCT FROM (NEW.country_code, NEW.operation, NEW.occurred_on);
    ELSE
        UPDATE finding_count SET country_code = NULL, operation = NULL, occurred_on = NULL
         WHERE seizure_id = OLD.seizure_id AND occurred_on IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER figures_summed_when_added AFTER INSERT OR DELETE ON record_figures FOR EACH ROW EXECUTE FUNCTION figures_changed();
CREATE TRIGGER figures_summed_when_changed AFTER UPDATE ON record_figures FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION figures_changed();

CREATE FUNCTION steps_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO steps_change VALUES (OLD.country_code, OLD.operation, OLD.occurred_on, OLD.happened_on, OLD.step,
            -OLD.quantity, -OLD.items);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO steps_change VALUES (NEW.country_code, NEW.operation, NEW.occurred_on, NEW.happened_on, NEW.step,
            NEW.quantity, NEW.items);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER steps_summed AFTER INSERT OR UPDATE OR DELETE ON record_step FOR EACH ROW EXECUTE FUNCTION steps_changed();

CREATE FUNCTION finding_count_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.occurred_on IS NOT NULL THEN
        INSERT INTO findings_change VALUES (OLD.country_code, OLD.operation, OLD.occurred_on, OLD.regime_code, OLD.status,
            -OLD.findings);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.occurred_on IS NOT NULL THEN
        INSERT INTO findings_change VALUES (NEW.country_code, NEW.operation, NEW.occurred_on, NEW.regime_code, NEW.status,
            NEW.findings);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER findings_summed AFTER INSERT OR UPDATE OR DELETE ON finding_count FOR EACH ROW EXECUTE FUNCTION finding_count_changed();

-- A new finding_count row takes its record's day when the record has figures already.
CREATE OR REPLACE FUNCTION count_finding() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE finding_count SET findings = findings - 1
         WHERE seizure_id = OLD.seizure_id AND regime_code = OLD.regime_code AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO finding_count (seizure_id, regime_code, status, findings, country_code, operation, occurred_on)
            SELECT NEW.seizure_id, NEW.regime_code, NEW.status, 1, r.country_code, r.operation, r.occurred_on
              FROM (SELECT 1) one LEFT JOIN record_figures r ON r.seizure_id = NEW.seizure_id
            ON CONFLICT (seizure_id, regime_code, status) DO UPDATE SET findings = finding_count.findings + 1;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;


-- the sums of what is stored already (the triggers above count what changes from now on)
INSERT INTO figures_by_day SELECT country_code, operation, occurred_on, last_day, count(*), sum(weapons), sum(seized),
    sum(found), sum(surrendered), sum(captured), sum(traced), sum(marks_recorded), sum(intact), sum(destroyed),
    sum(at_border), sum(inland), sum(at_sea), sum(rounds)
  FROM record_figures GROUP BY 1, 2, 3, 4;
INSERT INTO steps_by_day SELECT country_code, operation, occurred_on, happened_on, step, sum(quantity), sum(items)
  FROM record_step GROUP BY 1, 2, 3, 4, 5;
INSERT INTO findings_by_day SELECT country_code, operation, occurred_on, regime_code, status, sum(findings)
  FROM finding_count WHERE occurred_on IS NOT NULL GROUP BY 1, 2, 3, 4, 5 HAVING sum(findings) <> 0;

DROP INDEX record_figures_by_place;
CREATE INDEX record_figures_by_place ON record_figures (place_lat, place_lon, occurred_on, seizure_id)
    INCLUDE (weapons, country_code, operation) WHERE place_lat IS NOT NULL;
