-- List imports run on the shared jobs table (platform-jobs): their state moves into it; list_import keeps what the
-- import did, and finished_at only for a snapshot applied whole. An import left queued or running kept its file on a
-- disk that is gone, so it cannot be resumed: it is failed with the reason.
INSERT INTO job (id, kind, description, status, submitted_by, submitted_at, attempts, total, done, failure, finished_at)
SELECT id, 'list-import',
       'Consolidated List of ' || to_char(generated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') || coalesce(' (' || file_name || ')', ''),
       CASE WHEN status IN ('QUEUED', 'RUNNING') THEN 'FAILED' ELSE status END, submitted_by, submitted_at,
       1, entries_total, entries_done,
       CASE WHEN status IN ('QUEUED', 'RUNNING') THEN 'Interrupted: the service stopped before the job finished; start it again.'
            ELSE failure END,
       coalesce(finished_at, CASE WHEN status IN ('QUEUED', 'RUNNING') THEN now() END)
FROM list_import;

UPDATE list_import SET finished_at = NULL WHERE status <> 'DONE';
ALTER TABLE list_import DROP COLUMN status, DROP COLUMN failure;
