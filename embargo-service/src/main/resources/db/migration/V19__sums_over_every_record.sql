-- Sums for dashboards over every record (no country, operation or regime asked: an admin's, or a panel's that covers
-- everything), which grouped hundreds of thousands of rows at a million items (issue 15: indicators within 200 ms).
-- Both are kept by the same fold as the sums by day (DailySums) and read with what is not folded yet, so they stay
-- exact at any moment.

-- The findings by seizure day and status alone: findings_by_day held 300,052 rows of country, operation, day, regime
-- and status at 323,163 records; the same findings by day and status are 4,688 rows (73 ms -> 2 ms).
CREATE TABLE findings_on_day (
    occurred_on  date        NOT NULL,
    status       varchar(12) NOT NULL,
    findings     integer     NOT NULL,
    PRIMARY KEY (occurred_on, status)
);
INSERT INTO findings_on_day SELECT occurred_on, status, sum(findings) FROM findings_by_day GROUP BY 1, 2 HAVING sum(findings) <> 0;

-- Each place's seizures, weapons and first day: grouping 323,163 records into 127,261 places took 140 ms; the places'
-- totals are read in their order instead. A place whose records changed is named in place_change; the fold counts
-- it again from its records (removals too, which a running minimum could not take back), and until then the
-- indicators count it from its records too.
CREATE TABLE place_totals (
    place_lat  integer NOT NULL,
    place_lon  integer NOT NULL,
    seizures   integer NOT NULL,
    weapons    bigint  NOT NULL,
    first_day  date    NOT NULL,
    PRIMARY KEY (place_lat, place_lon)
);
CREATE INDEX place_totals_in_map_order ON place_totals (seizures DESC, first_day, place_lat, place_lon);

CREATE TABLE place_change (
    place_lat  integer NOT NULL,
    place_lon  integer NOT NULL
);

CREATE FUNCTION place_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.place_lat IS NOT NULL THEN
        INSERT INTO place_change VALUES (OLD.place_lat, OLD.place_lon);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.place_lat IS NOT NULL THEN
        INSERT INTO place_change VALUES (NEW.place_lat, NEW.place_lon);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER place_counted_when_added AFTER INSERT OR DELETE ON record_figures FOR EACH ROW EXECUTE FUNCTION place_changed();
CREATE TRIGGER place_counted_when_changed AFTER UPDATE ON record_figures FOR EACH ROW
    WHEN ((OLD.place_lat, OLD.place_lon, OLD.occurred_on, OLD.weapons) IS DISTINCT FROM (NEW.place_lat, NEW.place_lon, NEW.occurred_on, NEW.weapons))
    EXECUTE FUNCTION place_changed();

INSERT INTO place_totals SELECT place_lat, place_lon, count(*), sum(weapons), min(occurred_on)
  FROM record_figures WHERE place_lat IS NOT NULL GROUP BY 1, 2;
ANALYZE place_totals;
