-- The disclosures the chunk replaces: same disclosure id, or loaded earlier from the same file.
CREATE OR REPLACE TEMP TABLE replaced AS
SELECT disclosure_key FROM disclosure WHERE disclosure_id IN (SELECT disclosure_id FROM stage_disclosure)
UNION
SELECT disclosure_key FROM disclosure WHERE source_file IN (SELECT source_file FROM stage_disclosure);
