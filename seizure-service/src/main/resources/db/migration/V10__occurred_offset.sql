-- The offset the seizure's time was given with, so that the date where it happened is known: timestamptz keeps
-- only the instant. Seizures recorded before it are taken as given in UTC, as they were read until now.
ALTER TABLE seizure ADD COLUMN occurred_offset_seconds integer NOT NULL DEFAULT 0;
