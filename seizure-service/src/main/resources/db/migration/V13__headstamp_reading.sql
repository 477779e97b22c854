-- What the headstamp says, read with the reference catalogue's factory codes when the item was recorded.
ALTER TABLE item
    ADD COLUMN headstamp_factory varchar(200),
    ADD COLUMN headstamp_year    integer;
