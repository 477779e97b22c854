-- Whose forces held the items (regional, foreign, peace operations, private security companies, beside national
-- government forces), and whether a delivery that needed the committee's approval was approved.
ALTER TABLE seizure DROP CONSTRAINT IF EXISTS seizure_possessor_kind_check;
ALTER TABLE seizure ADD CONSTRAINT seizure_possessor_kind_check
    CHECK (possessor_kind IN ('ARMED_GROUP', 'INDIVIDUAL', 'GOVERNMENT_FORCES', 'REGIONAL_FORCES', 'FOREIGN_FORCES',
                              'PEACE_OPERATION', 'PRIVATE_SECURITY', 'UNKNOWN'));
ALTER TABLE seizure DROP CONSTRAINT IF EXISTS seizure_possessor_notification_check;
ALTER TABLE seizure ADD CONSTRAINT seizure_possessor_notification_check
    CHECK (possessor_notification IN ('NOTIFIED', 'NOT_NOTIFIED', 'APPROVED', 'NOT_APPROVED', 'UNKNOWN'));
