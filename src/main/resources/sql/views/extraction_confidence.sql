-- Extraction confidence: per disclosure and table, how many of the table figures the extractor booked are proven by
-- an identity of their table (docs/extraction.md, "Every table reading proves itself"), how many no identity covers,
-- and how many are part of an identity that fails. Figures written by hand (verified NULL) are not counted.
CREATE OR REPLACE VIEW extraction_confidence AS
SELECT disclosure_id, agency_id, fiscal_year, kind, table_id,
       count(*) AS figures,
       count(*) FILTER (WHERE verified = 'proven') AS proven,
       count(*) FILTER (WHERE verified = 'unproven') AS unproven,
       count(*) FILTER (WHERE verified = 'failed') AS failed,
       round(100.0 * count(*) FILTER (WHERE verified = 'proven') / count(*), 1) AS proven_pct
FROM line_items
WHERE origin = 'table' AND verified IS NOT NULL AND stat = ''
GROUP BY ALL;

COMMENT ON VIEW extraction_confidence IS 'Per disclosure and table: extracted table figures, how many proven by an identity of their table, unproven, failed (proven_pct).';
