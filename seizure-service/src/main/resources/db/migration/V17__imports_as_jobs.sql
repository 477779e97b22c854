-- Spreadsheet imports run on the shared jobs table (platform-jobs): their state moves into it; import_job keeps what
-- the import did and who submitted it with which assignments (so that any replica can run it as them). An import left
-- queued or running kept its file on a disk that is gone, so it cannot be resumed: it is failed with the reason.
INSERT INTO job (id, kind, description, status, submitted_by, submitted_at, attempts, total, done, failure, finished_at)
SELECT id, 'seizure-import', format || ' import' || coalesce(' of ' || file_name, ''),
       CASE WHEN status IN ('QUEUED', 'RUNNING') THEN 'FAILED' ELSE status END, submitted_by, submitted_at,
       1, total_rows, rows_done,
       CASE WHEN status IN ('QUEUED', 'RUNNING') THEN 'Interrupted: the service stopped before the import finished; import the file again (the seizures already recorded are kept).'
            ELSE failure END,
       coalesce(finished_at, CASE WHEN status IN ('QUEUED', 'RUNNING') THEN now() END)
FROM import_job;

ALTER TABLE import_job DROP COLUMN status, DROP COLUMN failure, DROP COLUMN finished_at;
ALTER TABLE import_job ADD COLUMN submitted_as jsonb;
