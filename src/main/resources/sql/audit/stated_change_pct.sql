-- Every stated growth rate (stat $4, e.g. change_pct: 增长/下降 …%) equals the stated change (stat $5, e.g. change)
-- ÷ the figure it is against × 100, where that figure is this year's minus the change (the prior year's; for
-- change_executed_pct, the prior year's execution), compared unrounded, within half a unit of the rate's stated
-- precision plus how far the rate moves while the change and this year's figure move within half a unit of the
-- precision each is published with (at least $3): with p = figure − change and e_p = e_figure + e_change,
-- 100 × (e_change × |p| + e_p × |change|) ÷ (|p| × (|p| − e_p)), the exact bound.
-- A rate outside that is severity info, not $2, when it is the recomputed rate truncated instead of rounded.
-- A rate stated on a base of zero fails; one within its rounding of zero, or without its inputs, is not enough
-- data. $1 rule_id, $2 severity, $3 the least rounding of a figure, $4 the rate's stat, $5 the change's stat.
INSERT INTO audit_result
WITH changes AS (
    SELECT disclosure_id, table_id, line_code, detail, measure, min(amount) AS change,
           max((CASE WHEN contains(coalesce(source_value, ''), '.')
                     THEN 0.5 / pow(10, length(split_part(source_value, '.', 2))) ELSE 0.5 END)
               * CASE source_unit WHEN '元' THEN 0.0001 WHEN '千元' THEN 0.1 WHEN '亿元' THEN 10000 ELSE 1 END)
               AS change_half,
           min(source_ref) AS change_ref
    FROM line_items
    WHERE stat = $5 AND amount IS NOT NULL
    GROUP BY disclosure_id, table_id, line_code, detail, measure
), inputs AS (
    SELECT r.*, v.amount AS current_amount, v.source_ref AS current_ref, c.change, c.change_ref,
           v.amount - c.change AS p,
           greatest($3, v.stated_half) + greatest($3, c.change_half) AS e_p, greatest($3, c.change_half) AS e_c
    FROM stated_percentages r
    LEFT JOIN figures v ON v.disclosure_id = r.disclosure_id AND v.table_id = r.table_id
                       AND v.line_code = r.line_code AND v.detail = r.detail AND v.measure = r.measure
    LEFT JOIN changes c ON c.disclosure_id = r.disclosure_id AND c.table_id = r.table_id
                       AND c.line_code = r.line_code AND c.detail = r.detail AND c.measure = r.measure
    WHERE r.stat = $4
), judged AS (
    SELECT i.*, 100.0 * change / p AS rate,
           100.0 * (e_c * abs(p) + e_p * abs(change)) / (abs(p) * (abs(p) - e_p)) AS input_rounding
    FROM inputs i
    WHERE current_amount IS NOT NULL AND change IS NOT NULL AND abs(p) > e_p
)
SELECT $1,
       CASE WHEN abs(rate - stated) <= half_unit + input_rounding THEN $2
            WHEN rate_truncated(rate, stated, half_unit, input_rounding) THEN 'info'
            ELSE $2 END,
       disclosure_id,
       table_id || '.' || line_code || '.' || measure || CASE WHEN detail = '' THEN '' ELSE ' [' || detail || ']' END,
       CASE WHEN abs(rate - stated) <= half_unit + input_rounding THEN 'pass' ELSE 'fail' END,
       pct_of(change, p), stated, stated - pct_of(change, p), half_unit + input_rounding,
       'stated ' || source_value || '% (' || source_ref || '), recomputed ' || amount_text(change) || ' ('
           || change_ref || ') ÷ (' || amount_text(current_amount) || ' (' || current_ref || ') - '
           || amount_text(change) || ')'
           || CASE WHEN abs(rate - stated) <= half_unit + input_rounding THEN ''
                   WHEN rate_truncated(rate, stated, half_unit, input_rounding)
                       THEN ': the rate truncated, not rounded'
                   ELSE '' END
FROM judged
UNION ALL
SELECT $1, $2, disclosure_id,
       table_id || '.' || line_code || '.' || measure || CASE WHEN detail = '' THEN '' ELSE ' [' || detail || ']' END,
       CASE WHEN p = 0 THEN 'fail' ELSE 'not_enough_data' END,
       NULL, stated, NULL, NULL,
       'stated ' || source_value || '% (' || source_ref || '), recomputed ' || coalesce(amount_text(change), '?')
           || ' ÷ (' || coalesce(amount_text(current_amount), '?') || ' - ' || coalesce(amount_text(change), '?') || ')'
           || CASE WHEN p = 0 THEN ': a growth rate on a prior year of zero'
                   WHEN p IS NOT NULL THEN ': a prior year within its rounding of zero' ELSE '' END
FROM inputs
WHERE current_amount IS NULL OR change IS NULL OR abs(p) <= e_p;
