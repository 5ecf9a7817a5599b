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
SELECT disclosure_id, agency_id, kind, fiscal_year AS figure_year, table_id, line_code, detail, measure, amount,
       origin, NULL::VARCHAR AS derivation, source_line
FROM line_items
WHERE stat = ''
UNION ALL
SELECT disclosure_id, agency_id, kind, fiscal_year - 1, table_id, line_code, detail, measure, amount, origin,
       NULL, source_line
FROM line_items
WHERE stat = 'prior'
UNION ALL
SELECT disclosure_id, agency_id, kind, fiscal_year - 1, table_id, line_code, detail, measure,
       current_amount - change, 'derived',
       amount_text(current_amount) || ' - '
           || CASE WHEN change < 0 THEN '(' || amount_text(change) || ')' ELSE amount_text(change) END,
       source_line
FROM change_with_current
WHERE current_amount IS NOT NULL;

COMMENT ON VIEW line_items_by_year IS 'Money figures on the year they describe, including prior years stated or implied by a stated change (derived, with the arithmetic).';
