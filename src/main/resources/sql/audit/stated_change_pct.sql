-- Every stated growth rate (stat change_pct: 增长/下降 …%) equals change ÷ prior year × 100, where the prior year is
-- the figure minus the stated change; within half a unit of the stated precision plus input rounding. A rate
-- stated on a prior year of zero fails. $1 rule_id, $2 severity, $3 rounding per figure.
INSERT INTO audit_result
WITH rates AS (
    SELECT * FROM stated_percentages WHERE stat = 'change_pct'
), inputs AS (
    SELECT r.*, v.amount AS current_amount,
           (SELECT min(c.amount) FROM line_items c
            WHERE c.disclosure_id = r.disclosure_id AND c.table_id = r.table_id AND c.line_code = r.line_code
              AND c.detail = r.detail AND c.measure = r.measure AND c.stat = 'change') AS change
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
