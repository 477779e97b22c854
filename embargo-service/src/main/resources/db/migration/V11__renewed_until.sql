-- The day the Council last renewed a version's measures to, where they lapse unless renewed; null when open-ended.
ALTER TABLE regime_version ADD COLUMN renewed_until date;
