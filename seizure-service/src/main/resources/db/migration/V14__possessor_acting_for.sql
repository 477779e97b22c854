-- Whom the holder acts for or at whose direction, as reported: some embargoes reach those acting on a listed
-- party's behalf or at its direction (Yemen: resolution 2216 (2015), para. 14).
ALTER TABLE seizure ADD COLUMN possessor_acting_for varchar(500);
