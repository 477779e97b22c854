-- Reference entries admins add to the catalogue shipped in catalogue/reference.json.
CREATE TABLE ref_entry (
    id           uuid PRIMARY KEY,
    kind         varchar(16)   NOT NULL CHECK (kind IN ('CALIBRE', 'MANUFACTURER', 'HEADSTAMP')),
    name         varchar(200)  NOT NULL,
    aliases      text          NOT NULL,
    country      varchar(3),
    manufacturer varchar(200),
    use          varchar(100),
    source       varchar(1000) NOT NULL,
    verified     boolean       NOT NULL,
    added_by     varchar(200)  NOT NULL,
    added_at     timestamptz   NOT NULL,
    CONSTRAINT ref_entry_unique UNIQUE (kind, name)
);

-- The catalogue's name for what was typed in the calibre field.
ALTER TABLE item ADD COLUMN calibre_canonical varchar(100);
