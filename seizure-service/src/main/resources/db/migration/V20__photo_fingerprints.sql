-- Perceptual hashes of each photo's bytes (the whole picture, three centred crops and four corner crops), to find
-- earlier photos of the same object: copies, resized, recompressed or cropped. NULL hashes: bytes no decoder reads.
CREATE TABLE photo_fingerprint (
    sha256      varchar(64) PRIMARY KEY,
    hashes      bigint[],
    computed_at timestamptz NOT NULL
);
