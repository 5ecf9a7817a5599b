-- Every stated percentage (stat pct: 占…%, 完成…%, 执行率) equals value ÷ base × 100, within half a unit of the
-- last decimal it was stated with (86% is 85.5 to 86.5) plus what the rounding of value and base to 0.01 can move
-- the ratio: 100 × r × (|value| + |base|) ÷ base², r = $3 (0.005). A zero base is a finding of its own (no
-- percentage can be stated on it); a base not published is not enough data. $1 rule_id, $2 severity.
INSERT INTO audit_result
WITH stated AS (SELECT * FROM stated_percentages WHERE stat = 'pct')
SELECT $1, $2, s.disclosure_id,
       s.table_id || '.' || s.line_code || '.' || s.measure || ' ÷ ' || s.base
           || CASE WHEN s.detail = '' THEN '' ELSE ' [' || s.detail || ']' END,
       CASE WHEN v.amount IS NULL OR b.amount IS NULL THEN 'not_enough_data'
            WHEN b.amount = 0 THEN 'fail'
            WHEN abs(pct_of(v.amount, b.amount) - s.stated)
                 <= s.half_unit + 100 * $3 * (abs(v.amount) + abs(b.amount)) / (b.amount * b.amount) THEN 'pass'
            ELSE 'fail' END,
       pct_of(v.amount, b.amount), s.stated, s.stated - pct_of(v.amount, b.amount),
       CASE WHEN b.amount <> 0
            THEN s.half_unit + 100 * $3 * (abs(v.amount) + abs(b.amount)) / (b.amount * b.amount) END,
       'stated ' || s.source_value || '% (' || s.source_ref || ')'
           || CASE WHEN b.amount = 0 THEN ' on a zero base' ELSE '' END
           || ', recomputed ' || coalesce(amount_text(v.amount), '?') || ' ÷ ' || coalesce(amount_text(b.amount), '?')
FROM stated s
LEFT JOIN figures v ON v.disclosure_id = s.disclosure_id AND v.table_id = s.table_id AND v.line_code = s.line_code
                   AND v.detail = s.detail AND v.measure = s.measure
LEFT JOIN figures b ON b.disclosure_id = s.disclosure_id AND b.table_id = s.base_table
                   AND b.line_code = s.base_line AND b.detail = s.detail AND b.measure = s.base_measure;
