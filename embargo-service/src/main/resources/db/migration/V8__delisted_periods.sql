-- A party de-listed and listed again keeps each gap: the last snapshot that listed it, the first that did not, and
-- the date it was listed again.
ALTER TABLE designated_party ADD COLUMN delisted_periods jsonb NOT NULL DEFAULT '{"gaps": []}';
