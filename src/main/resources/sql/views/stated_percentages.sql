-- Every percentage a disclosure states (stat pct, diff_pct, change_pct, change_executed_pct), with what the audit needs to recompute it:
-- half a unit of the precision it was stated with (86 -> 0.5, 80.98 -> 0.005) and its base split into table, line
-- and measure (a base without a table is in the figure's own table).
CREATE OR REPLACE VIEW stated_percentages AS
SELECT f.disclosure_id, f.table_id, f.line_code, f.detail, f.measure, f.stat, f.base, f.value AS stated,
       f.source_value, f.source_line, f.source_ref,
       CASE WHEN length(split_part(f.source_value, '.', 2)) = 0 THEN 0.5
            ELSE 0.5 / pow(10, length(split_part(f.source_value, '.', 2))) END AS half_unit,
       CASE WHEN length(string_split(f.base, ':')) = 3 THEN split_part(f.base, ':', 1) ELSE f.table_id END
           AS base_table,
       split_part(f.base, ':', -2) AS base_line,
       split_part(f.base, ':', -1) AS base_measure
FROM facts f
WHERE f.stat IN ('pct', 'diff_pct', 'change_pct', 'change_executed_pct') AND f.value IS NOT NULL;

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'stated_percentages').
COMMENT ON COLUMN stated_percentages.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN stated_percentages.table_id IS 'Canonical table of the figure (catalog/tables.csv), e.g. gpb_expenditure = 一般公共预算财政拨款支出表.';
COMMENT ON COLUMN stated_percentages.line_code IS 'Line of the table: a 支出功能分类 code (208, 20805, 2080505) or a named line (total, basic, …; catalog/lines.csv).';
COMMENT ON COLUMN stated_percentages.detail IS 'Detail within the line (a project, a part number #2 …); empty for the line itself. Details are parts of their line: do not add them to it.';
COMMENT ON COLUMN stated_percentages.measure IS 'Column of the table (catalog/measures.csv): total, basic, project, budget_initial, budget_full_year, …';
COMMENT ON COLUMN stated_percentages.stat IS 'What the figure states: empty = the amount itself; prior = last year''s; change = the change on last year; pct, diff_pct, change_pct = percentages. Sum only stat = ''''.';
COMMENT ON COLUMN stated_percentages.base IS 'For a percentage or change: the figure it is of (table:line:measure); empty otherwise.';
COMMENT ON COLUMN stated_percentages.stated IS 'The percentage as stated, in %.';
COMMENT ON COLUMN stated_percentages.source_value IS 'The percentage as published (text).';
COMMENT ON COLUMN stated_percentages.source_line IS 'Line of the normalized file that states the figure.';
COMMENT ON COLUMN stated_percentages.source_ref IS 'Where a reader finds the figure: the page, table and row of a PDF, else the line of the file; unproven or failed figures say so.';
COMMENT ON COLUMN stated_percentages.half_unit IS 'Half a unit of the precision it is stated with, in % (86 → 0.5, 80.98 → 0.005).';
COMMENT ON COLUMN stated_percentages.base_table IS 'Table of the figure the percentage is of.';
COMMENT ON COLUMN stated_percentages.base_line IS 'Line of the figure the percentage is of.';
COMMENT ON COLUMN stated_percentages.base_measure IS 'Measure of the figure the percentage is of.';
