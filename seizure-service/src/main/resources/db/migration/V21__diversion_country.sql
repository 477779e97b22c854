-- Where an item left the legal chain, as the State's answer established it: the start of a flow line.
ALTER TABLE tracing_request ADD COLUMN diversion_country varchar(3);
CREATE INDEX tracing_request_diverted ON tracing_request (item_id) WHERE diversion_country IS NOT NULL;
