-- What happened to each item and when: each status it took and each answer to a tracing request, dated, so that
-- national reports count each step in its own period. Items recorded before this keep what is known: recorded on
-- the day the seizure was recorded, and their current status on the day it was set.
ALTER TABLE item ADD COLUMN history jsonb NOT NULL DEFAULT '{"steps": []}';

UPDATE item i SET history = jsonb_build_object('steps',
    jsonb_build_array(jsonb_build_object('step', 'RECORDED', 'on', to_char(s.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                                         'by', s.recorded_by))
    || CASE WHEN i.status = 'RECORDED' THEN '[]'::jsonb
            ELSE jsonb_build_array(jsonb_build_object('step', i.status,
                     'on', to_char(i.status_changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 'by', i.status_changed_by)) END)
FROM seizure s WHERE s.id = i.seizure_id;
