-- Where the items were bound and for whom, with the evidence (a manifest, a bill of lading, a vessel's track): a
-- shipment seized at sea or in transit is judged by its destination and intended recipient.
ALTER TABLE seizure
    ADD COLUMN destination_country   varchar(3),
    ADD COLUMN destination_recipient varchar(500),
    ADD COLUMN destination_basis     varchar(1000);
