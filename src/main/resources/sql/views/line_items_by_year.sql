-- Money figures placed on the fiscal year they describe. A disclosure's own figures are on its year; a stated
-- prior-year figure (stat prior) on the year before; and a stated change against last year (stat change) yields
-- the prior-year figure it implies, current - change, derived in the open (derivation shows the arithmetic).
-- amount_text writes an exact amount without trailing zeros (1.920000 -> 1.92).
CREATE OR REPLACE MACRO amount_text(x) AS rtrim(rtrim(x::VARCHAR, '0'), '.');

-- The current figure a change refers to is the one stated on the same source line if there is one, else the
-- table cell, else the first narrative statement.
CREATE OR REPLACE VIEW line_items_by_year AS
WITH changed AS (
    SELECT DISTINCT disclosure_id, table_id, line_code, detail, measure
    FROM line_items
    WHERE stat = 'change' AND amount IS NOT NULL
), current_figure AS (
    SELECT v.*, row_number() OVER (
               PARTITION BY v.disclosure_id, v.table_id, v.line_code, v.detail, v.measure
               ORDER BY CASE v.origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END, v.source_line) AS rank
    FROM line_items v
    SEMI JOIN changed c USING (disclosure_id, table_id, line_code, detail, measure)
    WHERE v.stat = '' AND v.amount IS NOT NULL
),
change_with_current AS (
    SELECT c.disclosure_id, c.agency_id, c.kind, c.fiscal_year, c.table_id, c.line_code, c.detail, c.measure,
           c.amount AS change, c.source_line,
           coalesce(same_line.amount, best.amount) AS current_amount
    FROM line_items c
    LEFT JOIN current_figure same_line
           ON same_line.disclosure_id = c.disclosure_id AND same_line.table_id = c.table_id
          AND same_line.line_code = c.line_code AND same_line.detail = c.detail
          AND same_line.measure = c.measure AND same_line.source_line = c.source_line
    LEFT JOIN current_figure best
           ON best.disclosure_id = c.disclosure_id AND best.table_id = c.table_id
          AND best.line_code = c.line_code AND best.detail = c.detail AND best.measure = c.measure
          AND best.rank = 1
    WHERE c.stat = 'change' AND c.amount IS NOT NULL
)
SELECT disclosure_id, agency_id, kind, fiscal_year AS figure_year, table_id, line_code, code_level, detail, measure,
       amount, origin, NULL::VARCHAR AS derivation, source_line
FROM line_items
WHERE stat = ''
UNION ALL
SELECT disclosure_id, agency_id, kind, fiscal_year - 1, table_id, line_code, code_level, detail, measure, amount,
       origin, NULL, source_line
FROM line_items
WHERE stat = 'prior'
UNION ALL
SELECT disclosure_id, agency_id, kind, fiscal_year - 1, table_id, line_code, code_level(line_code), detail, measure,
       current_amount - change, 'derived',
       amount_text(current_amount) || ' - '
           || CASE WHEN change < 0 THEN '(' || amount_text(change) || ')' ELSE amount_text(change) END,
       source_line
FROM change_with_current
WHERE current_amount IS NOT NULL;

COMMENT ON VIEW line_items_by_year IS 'Money figures on the year they describe, including prior years stated or implied by a stated change (derived, with the arithmetic).';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'line_items_by_year').
COMMENT ON COLUMN line_items_by_year.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN line_items_by_year.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN line_items_by_year.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN line_items_by_year.figure_year IS 'The fiscal year the figure describes: the disclosure''s year, or the year before for a stated or derived prior-year figure.';
COMMENT ON COLUMN line_items_by_year.table_id IS 'Canonical table of the figure (catalog/tables.csv), e.g. gpb_expenditure = 一般公共预算财政拨款支出表.';
COMMENT ON COLUMN line_items_by_year.line_code IS 'Line of the table: a 支出功能分类 code (208, 20805, 2080505) or a named line (total, basic, …; catalog/lines.csv).';
COMMENT ON COLUMN line_items_by_year.code_level IS 'Level of a classified line: 类 (3-digit code), 款 (5), 项 (7); blank for a named line (total, basic …). A 类 is the sum of its 款 and a 款 of its 项: sum one level only.';
COMMENT ON COLUMN line_items_by_year.detail IS 'Detail within the line (a project, a part number #2 …); empty for the line itself. Details are parts of their line: do not add them to it.';
COMMENT ON COLUMN line_items_by_year.measure IS 'Column of the table (catalog/measures.csv): total, basic, project, budget_initial, budget_full_year, …';
COMMENT ON COLUMN line_items_by_year.amount IS 'The amount in 万元, exact (DECIMAL(23,6)); a derived prior year is current − change. Never NULL: unknown figures are absent.';
COMMENT ON COLUMN line_items_by_year.origin IS 'table, narrative, or derived (a prior year implied by a stated change; see derivation).';
COMMENT ON COLUMN line_items_by_year.derivation IS 'For a derived figure, the arithmetic (1.92 - 0.09); blank for a stated figure.';
COMMENT ON COLUMN line_items_by_year.source_line IS 'Line of the normalized file that states the figure (or the change it is derived from).';
