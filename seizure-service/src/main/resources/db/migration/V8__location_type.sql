-- Where the seizure was made: at a border, inland or at sea; unknown for records made before.
ALTER TABLE seizure ADD COLUMN location_type varchar(16);
