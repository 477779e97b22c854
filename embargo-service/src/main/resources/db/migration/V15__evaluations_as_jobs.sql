-- Re-evaluations run on the shared jobs table (platform-jobs); the ones recorded before move into it.
INSERT INTO job (id, kind, description, status, submitted_by, submitted_at, attempts, total, done, counts, failure, finished_at)
SELECT id, 'reevaluation', coalesce(reason, ''), status, coalesce(requested_by, 'system'), requested_at,
       CASE WHEN status IN ('DONE', 'FAILED') THEN 1 ELSE 0 END, records_total, records_done,
       jsonb_build_object('findingsRaised', findings_raised), failure, finished_at
FROM evaluation_job;

DROP TABLE evaluation_job;
