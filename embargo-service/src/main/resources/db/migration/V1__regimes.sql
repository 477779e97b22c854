-- A UN Security Council arms-embargo regime, with the resolution that established it.
CREATE TABLE regime (
    code              varchar(32)  PRIMARY KEY,
    name              varchar(200) NOT NULL,
    committee         varchar(200) NOT NULL,
    kind              varchar(16)  NOT NULL CHECK (kind IN ('TERRITORIAL', 'TARGETED')),
    established_by    varchar(64)  NOT NULL,
    established_on    date         NOT NULL,
    summary           text         NOT NULL,
    source            varchar(500) NOT NULL,
    from_catalogue    boolean      NOT NULL,
    created_by        varchar(200) NOT NULL,
    created_at        timestamptz  NOT NULL
);
