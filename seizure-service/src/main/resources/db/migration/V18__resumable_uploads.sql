-- Resumable uploads (tus 1.0): an evidence file sent in pieces over a link that drops. The bytes received so far are
-- a file of the evidence store named by the upload's id (its size is the offset); the row says what the file will be
-- once complete. A finished upload keeps its row, naming the evidence it became, until it expires, so that a client
-- that lost the last answer learns the outcome; unfinished uploads are deleted with their bytes when they expire.
CREATE TABLE resumable_upload (
    id uuid PRIMARY KEY,
    seizure_id uuid NOT NULL REFERENCES seizure (id),
    caller varchar(200) NOT NULL,
    idempotency_key varchar(200),
    length bigint NOT NULL CHECK (length >= 0),
    file_name varchar(300),
    item_id uuid,
    description varchar(2000),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    evidence_id uuid REFERENCES evidence (id)
);

-- A creation retried with the same key finds the upload it made.
CREATE UNIQUE INDEX resumable_upload_of_key ON resumable_upload (caller, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX resumable_upload_expiry ON resumable_upload (expires_at);
