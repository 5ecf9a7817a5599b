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

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'extraction_confidence').
COMMENT ON COLUMN extraction_confidence.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN extraction_confidence.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN extraction_confidence.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN extraction_confidence.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN extraction_confidence.table_id IS 'Canonical table of the figure (catalog/tables.csv), e.g. gpb_expenditure = 一般公共预算财政拨款支出表.';
COMMENT ON COLUMN extraction_confidence.figures IS 'Extracted table figures of the table (written by hand: not counted).';
COMMENT ON COLUMN extraction_confidence.proven IS 'Of them, proven by an identity of their table.';
COMMENT ON COLUMN extraction_confidence.unproven IS 'Of them, covered by no identity.';
COMMENT ON COLUMN extraction_confidence.failed IS 'Of them, part of an identity that fails.';
COMMENT ON COLUMN extraction_confidence.proven_pct IS 'proven ÷ figures × 100, in %, one decimal.';
