-- The disclosures of the mutation run of which ingest refused a record.
SELECT DISTINCT disclosure_id FROM rejects WHERE disclosure_id IS NOT NULL;
