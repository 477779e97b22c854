-- Government forces as a possessor, and whether a delivery to them was notified to the sanctions committee.
ALTER TABLE seizure DROP CONSTRAINT IF EXISTS seizure_possessor_kind_check;
ALTER TABLE seizure ALTER COLUMN possessor_kind TYPE varchar(20);
ALTER TABLE seizure ADD CONSTRAINT seizure_possessor_kind_check
    CHECK (possessor_kind IN ('ARMED_GROUP', 'INDIVIDUAL', 'GOVERNMENT_FORCES', 'UNKNOWN'));
ALTER TABLE seizure ADD COLUMN possessor_notification varchar(16)
    CHECK (possessor_notification IN ('NOTIFIED', 'NOT_NOTIFIED', 'UNKNOWN'));
