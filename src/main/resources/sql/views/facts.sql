-- Every figure that is not money: headcounts, vehicles, counts, scores, stated percentages.
CREATE OR REPLACE VIEW facts AS
SELECT d.disclosure_id, d.agency_id, d.fiscal_year, d.kind,
       f.table_id || '.' || f.line_code || '.' || f.measure || CASE WHEN f.stat = '' THEN '' ELSE ':' || f.stat END
           AS name,
       f.table_id, f.line_code, f.line_name, f.detail, f.measure, f.stat, f.base, f.value, f.unit, f.source_value,
       f.origin, f.section, d.source_doc, f.source_line, f.note, d.source_file, f.file_line, f.verified,
       CASE WHEN regexp_matches(coalesce(f.note, ''), '^(\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)')
                THEN regexp_extract(f.note, '^((\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)[^;]*)', 1)
                ELSE 'line ' || f.source_line END
           || CASE WHEN f.verified IN ('unproven', 'failed') THEN ', ' || f.verified ELSE '' END AS source_ref
FROM fact f
JOIN disclosure d USING (disclosure_key);

COMMENT ON VIEW facts IS 'Every figure that is not money: headcounts, counts, scores, stated percentages; name = table.line.measure[:stat].';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'facts').
COMMENT ON COLUMN facts.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN facts.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN facts.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN facts.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN facts.name IS 'table.line.measure[:stat], e.g. org.staff_actual.count.';
COMMENT ON COLUMN facts.table_id IS 'Canonical table of the figure (catalog/tables.csv), e.g. gpb_expenditure = 一般公共预算财政拨款支出表.';
COMMENT ON COLUMN facts.line_code IS 'Line of the table: a 支出功能分类 code (208, 20805, 2080505) or a named line (total, basic, …; catalog/lines.csv).';
COMMENT ON COLUMN facts.line_name IS 'The line''s name as published. Blank (NULL) = not stated.';
COMMENT ON COLUMN facts.detail IS 'Detail within the line (a project, a part number #2 …); empty for the line itself. Details are parts of their line: do not add them to it.';
COMMENT ON COLUMN facts.measure IS 'Column of the table (catalog/measures.csv): total, basic, project, budget_initial, budget_full_year, …';
COMMENT ON COLUMN facts.stat IS 'What the figure states: empty = the amount itself; prior = last year''s; change = the change on last year; pct, diff_pct, change_pct = percentages. Sum only stat = ''''.';
COMMENT ON COLUMN facts.base IS 'For a percentage or change: the figure it is of (table:line:measure); empty otherwise.';
COMMENT ON COLUMN facts.value IS 'The value in unit (persons, vehicles, 分, %), exact as published. Blank (NULL) = published blank: unknown, never zero.';
COMMENT ON COLUMN facts.unit IS 'Unit of value: 人, 辆, 个, 分, % …';
COMMENT ON COLUMN facts.source_value IS 'The value as published (text, in source_unit), before conversion. Blank (NULL) = not stated.';
COMMENT ON COLUMN facts.origin IS 'table (a cell) or narrative (the 说明 text).';
COMMENT ON COLUMN facts.section IS 'Section of the narrative the figure was read from. Blank (NULL) = not stated.';
COMMENT ON COLUMN facts.source_doc IS 'The original document (relative path under the data folder) the figure is traceable to.';
COMMENT ON COLUMN facts.source_line IS 'Line of the normalized file that states the figure.';
COMMENT ON COLUMN facts.note IS 'Note of the figure: for extracted figures the page, table and row of the document (p. 14, 公开05表, row 7). Blank (NULL) = not stated.';
COMMENT ON COLUMN facts.source_file IS 'The normalized file the figure was loaded from.';
COMMENT ON COLUMN facts.file_line IS 'Physical line of source_file (counting comment lines).';
COMMENT ON COLUMN facts.verified IS 'Extractor''s check: proven (an identity of its table holds), unproven (no identity covers it), failed (one fails); blank = written by hand.';
COMMENT ON COLUMN facts.source_ref IS 'Where a reader finds the figure: the page, table and row of a PDF, else the line of the file; unproven or failed figures say so.';
