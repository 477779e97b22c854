-- What kind of holder a shipment's intended recipient is (the government's forces, a peace operation, an armed
-- group...): a delivery bound for an exempt recipient is judged as that recipient's, not as supply to the territory.
ALTER TABLE seizure
    ADD COLUMN destination_recipient_kind varchar(32);
