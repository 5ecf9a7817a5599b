-- Every stated percentage (stat pct: 占…%, 完成…%, 执行率) equals value ÷ base × 100 within what the precision of
-- the three figures allows, compared unrounded: half a unit of the last decimal the rate is stated with (86% covers
-- 85.5 to 86.5, 12.3% ±0.05) plus how far the ratio moves while value and base move within half a unit of the
-- precision each is published with (stated_half; at least $3, as publishers compute from 万元 to 2 decimals):
-- 100 × (e_v × |base| + e_b × |value|) ÷ (|base| × (|base| − e_b)), the exact bound.
-- A rate outside that is severity info, not $2, when it is the recomputed rate truncated instead of rounded (12.34
-- for 12.3468), or one of two or more shares of one base whose stated shares add up to exactly 100 and it is off by
-- no more than the rounding of those shares (the publisher forced them to 100%). A zero base is a finding of its
-- own (no percentage can be stated on it); a base within its own rounding of zero, or one not published, is not
-- enough data. $1 rule_id, $2 severity, $3 the least rounding of a figure.
INSERT INTO audit_result
WITH stated AS (
    SELECT s.*, count(*) OVER shares AS shares, sum(s.stated) OVER shares AS shares_sum,
           sum(s.half_unit) OVER shares AS shares_rounding
    FROM stated_percentages s
    WHERE s.stat = 'pct'
    WINDOW shares AS (PARTITION BY s.disclosure_id, s.base_table, s.base_line, s.base_measure, s.detail)
), inputs AS (
    SELECT s.*, v.amount AS v, b.amount AS b, v.source_ref AS v_ref, b.source_ref AS b_ref,
           greatest($3, v.stated_half) AS e_v, greatest($3, b.stated_half) AS e_b
    FROM stated s
    LEFT JOIN figures v ON v.disclosure_id = s.disclosure_id AND v.table_id = s.table_id
                       AND v.line_code = s.line_code AND v.detail = s.detail AND v.measure = s.measure
    LEFT JOIN figures b ON b.disclosure_id = s.disclosure_id AND b.table_id = s.base_table
                       AND b.line_code = s.base_line AND b.detail = s.detail AND b.measure = s.base_measure
), judged AS (
    SELECT i.*, 100.0 * v / b AS rate,
           half_unit + 100.0 * (e_v * abs(b) + e_b * abs(v)) / (abs(b) * (abs(b) - e_b)) AS allowed,
           100.0 * (e_v * abs(b) + e_b * abs(v)) / (abs(b) * (abs(b) - e_b)) AS input_rounding
    FROM inputs i
    WHERE v IS NOT NULL AND b IS NOT NULL AND abs(b) > e_b
)
SELECT $1,
       CASE WHEN abs(j.rate - j.stated) <= j.allowed THEN $2
            WHEN rate_truncated(j.rate, j.stated, j.half_unit, j.input_rounding) THEN 'info'
            WHEN j.shares >= 2 AND j.shares_sum = 100
                 AND abs(j.rate - j.stated) <= j.shares_rounding + j.input_rounding THEN 'info'
            ELSE $2 END,
       j.disclosure_id,
       j.table_id || '.' || j.line_code || '.' || j.measure || ' ÷ ' || j.base
           || CASE WHEN j.detail = '' THEN '' ELSE ' [' || j.detail || ']' END,
       CASE WHEN abs(j.rate - j.stated) <= j.allowed THEN 'pass' ELSE 'fail' END,
       pct_of(j.v, j.b), j.stated, j.stated - pct_of(j.v, j.b), j.allowed,
       'stated ' || j.source_value || '% (' || j.source_ref || '), recomputed ' || amount_text(j.v) || ' (' || j.v_ref
           || ') ÷ ' || amount_text(j.b) || ' (' || j.b_ref || ')'
           || CASE WHEN abs(j.rate - j.stated) <= j.allowed THEN ''
                   WHEN rate_truncated(j.rate, j.stated, j.half_unit, j.input_rounding)
                       THEN ': the rate truncated, not rounded'
                   WHEN j.shares >= 2 AND j.shares_sum = 100
                        AND abs(j.rate - j.stated) <= j.shares_rounding + j.input_rounding
                       THEN ': one of ' || j.shares || ' shares stated to add up to 100%'
                   ELSE '' END
FROM judged j
UNION ALL
SELECT $1, $2, i.disclosure_id,
       i.table_id || '.' || i.line_code || '.' || i.measure || ' ÷ ' || i.base
           || CASE WHEN i.detail = '' THEN '' ELSE ' [' || i.detail || ']' END,
       CASE WHEN i.v IS NOT NULL AND i.b = 0 THEN 'fail' ELSE 'not_enough_data' END,
       NULL, i.stated, NULL, NULL,
       'stated ' || i.source_value || '% (' || i.source_ref || ')'
           || CASE WHEN i.b = 0 THEN ' on a zero base' WHEN i.b IS NOT NULL AND i.v IS NOT NULL
                   THEN ' on a base within its rounding of zero' ELSE '' END
           || ', recomputed ' || coalesce(amount_text(i.v), '?') || ' ÷ ' || coalesce(amount_text(i.b), '?')
FROM inputs i
WHERE i.v IS NULL OR i.b IS NULL OR abs(i.b) <= i.e_b;
