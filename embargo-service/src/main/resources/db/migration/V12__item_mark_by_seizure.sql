-- Each check replaces the marks of its seizure (delete ... where seizure_id): without this index every check read the
-- whole table, and checking N records cost N times the table (bench/pipeline: 48 records/s at 37,000 records).
CREATE INDEX item_mark_seizure ON item_mark (seizure_id);
