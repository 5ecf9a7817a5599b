-- Every money figure of every disclosure, in 万元 (amount is NULL when the published cell was blank or a dash).
-- origin tells table cells from figures stated in the narrative; source_doc + source_line find it in the original.
-- code_level(line_code): the level of a line coded by the 支出功能分类 (or 收入) classification: 类 (3 digits), 款 (5),
-- 项 (7); NULL for a named line (total, basic, personnel …). A 类 is the sum of its 款, a 款 of its 项: add up one
-- level only.
CREATE OR REPLACE MACRO code_level(line_code) AS
    CASE WHEN regexp_full_match(line_code, '[0-9]{3}') THEN '类'
         WHEN regexp_full_match(line_code, '[0-9]{5}') THEN '款'
         WHEN regexp_full_match(line_code, '[0-9]{7}') THEN '项' END;

CREATE OR REPLACE VIEW line_items AS
SELECT d.disclosure_id, d.agency_id, d.fiscal_year, d.kind, li.table_id, li.line_code, code_level(li.line_code)
           AS code_level, li.line_name, li.detail,
       li.measure, li.stat, li.base, li.amount, li.source_value, li.source_unit, li.origin, li.section,
       d.source_doc, li.source_line, li.note, d.source_file, li.file_line, li.verified,
       -- where a reader finds it: the page (and table and row) of a PDF from the note, else the line; unproven or
       -- failed figures say so
       CASE WHEN regexp_matches(coalesce(li.note, ''), '^(\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)')
                THEN regexp_extract(li.note, '^((\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)[^;]*)', 1)
                ELSE 'line ' || li.source_line END
           || CASE WHEN li.verified IN ('unproven', 'failed') THEN ', ' || li.verified ELSE '' END AS source_ref
FROM line_item li
JOIN disclosure d USING (disclosure_key);

COMMENT ON VIEW line_items IS 'Every money figure in 万元 (amount NULL = published blank); origin table/narrative/derived; source_doc + source_line find it in the original (note: the page of a PDF); verified: proven/unproven/failed by the extractor, NULL when written by hand.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'line_items').
COMMENT ON COLUMN line_items.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN line_items.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN line_items.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN line_items.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN line_items.table_id IS 'Canonical table of the figure (catalog/tables.csv), e.g. gpb_expenditure = 一般公共预算财政拨款支出表.';
COMMENT ON COLUMN line_items.line_code IS 'Line of the table: a 支出功能分类 code (208, 20805, 2080505) or a named line (total, basic, …; catalog/lines.csv).';
COMMENT ON COLUMN line_items.code_level IS 'Level of a classified line: 类 (3-digit code), 款 (5), 项 (7); blank for a named line (total, basic …). A 类 is the sum of its 款 and a 款 of its 项: sum one level only.';
COMMENT ON COLUMN line_items.line_name IS 'The line''s name as published. Blank (NULL) = not stated.';
COMMENT ON COLUMN line_items.detail IS 'Detail within the line (a project, a part number #2 …); empty for the line itself. Details are parts of their line: do not add them to it.';
COMMENT ON COLUMN line_items.measure IS 'Column of the table (catalog/measures.csv): total, basic, project, budget_initial, budget_full_year, …';
COMMENT ON COLUMN line_items.stat IS 'What the figure states: empty = the amount itself; prior = last year''s; change = the change on last year; pct, diff_pct, change_pct = percentages. Sum only stat = ''''.';
COMMENT ON COLUMN line_items.base IS 'For a percentage or change: the figure it is of (table:line:measure); empty otherwise.';
COMMENT ON COLUMN line_items.amount IS 'The amount in 万元, exact as published (DECIMAL(22,6): 79.36 元 is 0.007936). Blank (NULL) = published blank or dash: unknown, never zero. Metric views round to DECIMAL(18,2).';
COMMENT ON COLUMN line_items.source_value IS 'The value as published (text, in source_unit), before conversion. Blank (NULL) = not stated.';
COMMENT ON COLUMN line_items.source_unit IS 'The unit the value was published in (万元, 元, 千元, 亿元).';
COMMENT ON COLUMN line_items.origin IS 'Where the figure comes from: table (a cell) or narrative (the 说明 text). A figure stated in both is two rows here: to add up, use figures (one value per figure) or origin = ''table''.';
COMMENT ON COLUMN line_items.section IS 'Section of the narrative the figure was read from. Blank (NULL) = not stated.';
COMMENT ON COLUMN line_items.source_doc IS 'The original document (relative path under the data folder) the figure is traceable to.';
COMMENT ON COLUMN line_items.source_line IS 'Line of the normalized file that states the figure.';
COMMENT ON COLUMN line_items.note IS 'Note of the figure: for extracted figures the page, table and row of the document (p. 14, 公开05表, row 7). Blank (NULL) = not stated.';
COMMENT ON COLUMN line_items.source_file IS 'The normalized file the figure was loaded from.';
COMMENT ON COLUMN line_items.file_line IS 'Physical line of source_file (counting comment lines).';
COMMENT ON COLUMN line_items.verified IS 'Extractor''s check: proven (an identity of its table holds), unproven (no identity covers it), failed (one fails); blank = written by hand.';
COMMENT ON COLUMN line_items.source_ref IS 'Where a reader finds the figure: the page, table and row of a PDF, else the line of the file; unproven or failed figures say so.';
