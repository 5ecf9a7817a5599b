-- Every stated growth rate (stat $4, e.g. change_pct: 增长/下降 …%) equals the stated change (stat $5, e.g. change)
-- ÷ the figure it is against × 100, where that figure is this year's minus the change (the prior year's; for
-- change_executed_pct, the prior year's execution); within half a unit of the stated precision plus input rounding.
-- A rate stated on a base of zero fails. $1 rule_id, $2 severity, $3 rounding per figure, $4 the rate's stat, $5 the
-- change's stat.
INSERT INTO audit_result
WITH rates AS (
    SELECT * FROM stated_percentages WHERE stat = $4
), inputs AS (
    SELECT r.*, v.amount AS current_amount,
           (SELECT min(c.amount) FROM line_items c
            WHERE c.disclosure_id = r.disclosure_id AND c.table_id = r.table_id AND c.line_code = r.line_code
              AND c.detail = r.detail AND c.measure = r.measure AND c.stat = $5) AS change
    FROM rates r
    LEFT JOIN figures v ON v.disclosure_id = r.disclosure_id AND v.table_id = r.table_id
                       AND v.line_code = r.line_code AND v.detail = r.detail AND v.measure = r.measure
)
SELECT $1, $2, disclosure_id,
       table_id || '.' || line_code || '.' || measure || CASE WHEN detail = '' THEN '' ELSE ' [' || detail || ']' END,
       CASE WHEN current_amount IS NULL OR change IS NULL THEN 'not_enough_data'
            WHEN current_amount - change = 0 THEN 'fail'
            WHEN abs(pct_of(change, current_amount - change) - stated)
                 <= half_unit + 100 * $3 * 2 * (abs(change) + abs(current_amount - change))
                    / ((current_amount - change) * (current_amount - change)) THEN 'pass'
            ELSE 'fail' END,
       pct_of(change, current_amount - change), stated, stated - pct_of(change, current_amount - change),
       half_unit,
       'stated ' || source_value || '% (' || source_ref || '), recomputed ' || coalesce(amount_text(change), '?')
           || ' ÷ (' || coalesce(amount_text(current_amount), '?') || ' - ' || coalesce(amount_text(change), '?') || ')'
           || CASE WHEN current_amount - change = 0 THEN ': a growth rate on a prior year of zero' ELSE '' END
FROM inputs;
