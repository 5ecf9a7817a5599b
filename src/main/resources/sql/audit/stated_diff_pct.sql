-- Every stated difference rate (stat diff_pct: 预决算差异率) equals (value − base) ÷ base × 100, compared unrounded,
-- within half a unit of the rate's stated precision plus how far the rate moves while value and base move within
-- half a unit of the precision each is published with (at least $3): with n = value − base, e_n = e_v + e_b,
-- 100 × (e_n × |base| + e_b × |n|) ÷ (|base| × (|base| − e_b)), the exact bound. A rate outside that is severity
-- info, not $2, when it is the recomputed rate truncated instead of rounded. Stated on a zero base, it fails; on a
-- base within its rounding of zero, or without its inputs, it is not enough data. $1 rule_id, $2 severity, $3 the
-- least rounding of a figure.
INSERT INTO audit_result
WITH inputs AS (
    SELECT s.*, v.amount AS v, b.amount AS b, v.source_ref AS v_ref, b.source_ref AS b_ref,
           greatest($3, v.stated_half) + greatest($3, b.stated_half) AS e_n, greatest($3, b.stated_half) AS e_b
    FROM stated_percentages s
    LEFT JOIN figures v ON v.disclosure_id = s.disclosure_id AND v.table_id = s.table_id
                       AND v.line_code = s.line_code AND v.detail = s.detail AND v.measure = s.measure
    LEFT JOIN figures b ON b.disclosure_id = s.disclosure_id AND b.table_id = s.base_table
                       AND b.line_code = s.base_line AND b.detail = s.detail AND b.measure = s.base_measure
    WHERE s.stat = 'diff_pct'
), judged AS (
    SELECT i.*, 100.0 * (v - b) / b AS rate,
           100.0 * (e_n * abs(b) + e_b * abs(v - b)) / (abs(b) * (abs(b) - e_b)) AS input_rounding
    FROM inputs i
    WHERE v IS NOT NULL AND b IS NOT NULL AND abs(b) > e_b
)
SELECT $1,
       CASE WHEN abs(rate - stated) <= half_unit + input_rounding THEN $2
            WHEN rate_truncated(rate, stated, half_unit, input_rounding) THEN 'info'
            ELSE $2 END,
       disclosure_id, table_id || '.' || line_code || '.' || measure || ' vs ' || base,
       CASE WHEN abs(rate - stated) <= half_unit + input_rounding THEN 'pass' ELSE 'fail' END,
       pct_of(v - b, b), stated, stated - pct_of(v - b, b), half_unit + input_rounding,
       'stated ' || source_value || '% (' || source_ref || '), recomputed (' || amount_text(v) || ' (' || v_ref
           || ') - ' || amount_text(b) || ' (' || b_ref || ')) ÷ ' || amount_text(b)
           || CASE WHEN abs(rate - stated) <= half_unit + input_rounding THEN ''
                   WHEN rate_truncated(rate, stated, half_unit, input_rounding)
                       THEN ': the rate truncated, not rounded'
                   ELSE '' END
FROM judged
UNION ALL
SELECT $1, $2, disclosure_id, table_id || '.' || line_code || '.' || measure || ' vs ' || base,
       CASE WHEN v IS NOT NULL AND b = 0 THEN 'fail' ELSE 'not_enough_data' END,
       NULL, stated, NULL, NULL,
       'stated ' || source_value || '% (' || source_ref || '), recomputed (' || coalesce(amount_text(v), '?')
           || ' - ' || coalesce(amount_text(b), '?') || ') ÷ ' || coalesce(amount_text(b), '?')
           || CASE WHEN b = 0 THEN ': a difference rate on a zero base'
                   WHEN v IS NOT NULL AND b IS NOT NULL THEN ': a base within its rounding of zero' ELSE '' END
FROM inputs
WHERE v IS NULL OR b IS NULL OR abs(b) <= e_b;
