-- Every stated difference rate (stat diff_pct: 预决算差异率) equals (value − base) ÷ base × 100, within half a unit
-- of the stated precision plus input rounding; stated on a zero base, it fails. $1 rule_id, $2 severity,
-- $3 rounding per figure.
INSERT INTO audit_result
WITH stated AS (SELECT * FROM stated_percentages WHERE stat = 'diff_pct')
SELECT $1, $2, s.disclosure_id, s.table_id || '.' || s.line_code || '.' || s.measure || ' vs ' || s.base,
       CASE WHEN v.amount IS NULL OR b.amount IS NULL THEN 'not_enough_data'
            WHEN b.amount = 0 THEN 'fail'
            WHEN abs(pct_of(v.amount - b.amount, b.amount) - s.stated)
                 <= s.half_unit + 100 * $3 * (abs(v.amount) + abs(b.amount)) / (b.amount * b.amount) THEN 'pass'
            ELSE 'fail' END,
       pct_of(v.amount - b.amount, b.amount), s.stated, s.stated - pct_of(v.amount - b.amount, b.amount),
       s.half_unit,
       'stated ' || s.source_value || '% (' || s.source_ref || '), recomputed ('
           || coalesce(amount_text(v.amount), '?') || ' - ' || coalesce(amount_text(b.amount), '?') || ') ÷ '
           || coalesce(amount_text(b.amount), '?')
           || CASE WHEN b.amount = 0 THEN ': a difference rate on a zero base' ELSE '' END
FROM stated s
LEFT JOIN figures v ON v.disclosure_id = s.disclosure_id AND v.table_id = s.table_id AND v.line_code = s.line_code
                   AND v.detail = s.detail AND v.measure = s.measure
LEFT JOIN figures b ON b.disclosure_id = s.disclosure_id AND b.table_id = s.base_table
                   AND b.line_code = s.base_line AND b.detail = s.detail AND b.measure = s.base_measure;
