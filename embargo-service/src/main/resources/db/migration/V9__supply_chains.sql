-- Items linked by lot or close serials form one supply chain (a shipment, as a panel would describe it), which grows
-- as records arrive; two chains that a new item links are merged into the older, which the newer then points to.
CREATE TABLE supply_chain (
    id           uuid        PRIMARY KEY,
    created_at   timestamptz NOT NULL,
    merged_into  uuid        REFERENCES supply_chain (id)
);

ALTER TABLE item_mark ADD COLUMN chain_id uuid REFERENCES supply_chain (id);
CREATE INDEX item_mark_chain ON item_mark (chain_id, seized_on) WHERE chain_id IS NOT NULL;
CREATE INDEX finding_subject ON finding (subject) WHERE rule = 'COMMON_SUPPLY_CHAIN';
