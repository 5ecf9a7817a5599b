-- The tables each disclosure publishes (its _table rows), empty ones with their 空表说明.
CREATE OR REPLACE VIEW disclosure_tables AS
SELECT d.disclosure_id, t.table_id, t.title, t.published_number, t.unit, t.empty_note IS NOT NULL AS is_empty,
       t.empty_note, t.source_line
FROM disclosure_table t
JOIN disclosure d USING (disclosure_key);

COMMENT ON VIEW disclosure_tables IS 'The tables each disclosure publishes, empty ones with their 空表说明.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'disclosure_tables').
COMMENT ON COLUMN disclosure_tables.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN disclosure_tables.table_id IS 'Canonical table of the figure (catalog/tables.csv), e.g. gpb_expenditure = 一般公共预算财政拨款支出表.';
COMMENT ON COLUMN disclosure_tables.title IS 'The table''s title as published.';
COMMENT ON COLUMN disclosure_tables.published_number IS 'The table''s published number (公开05表, 预算表五). Blank (NULL) = not stated.';
COMMENT ON COLUMN disclosure_tables.unit IS 'The unit the table states (万元, 元 …). Blank (NULL) = not stated.';
COMMENT ON COLUMN disclosure_tables.is_empty IS 'True when the table is published empty (空表), with its explanation in empty_note.';
COMMENT ON COLUMN disclosure_tables.empty_note IS 'The 空表说明 of an empty table. Blank (NULL) = not stated.';
COMMENT ON COLUMN disclosure_tables.source_line IS 'Line of the normalized file that declares the table.';
