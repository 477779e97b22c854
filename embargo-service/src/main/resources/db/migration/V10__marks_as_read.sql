-- A supply chain shows each item's lot and serial as read in the field, beside the normalised forms it is linked by.
ALTER TABLE item_mark
    ADD COLUMN lot_as_read    varchar(100),
    ADD COLUMN serial_as_read varchar(100);
