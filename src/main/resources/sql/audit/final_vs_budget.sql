-- Across documents: a 决算's 年初预算 (measure budget_initial) of a line equals the 预算 disclosure of the same agency
-- and year (its measure total for the same table, line and detail), when both are loaded; within the rounding of
-- the two statements (each at least $3). A line the 预算 does not publish has nothing to compare.
-- $1 rule_id, $2 severity, $3 the least rounding of a figure.
INSERT INTO audit_result
SELECT $1, $2, f.disclosure_id,
       f.table_id || '.' || f.line_code || '.' || f.measure
           || CASE WHEN f.detail = '' THEN '' ELSE ' [' || f.detail || ']' END,
       CASE WHEN abs(f.amount - b.amount) <= greatest($3, f.stated_half) + greatest($3, b.stated_half)
            THEN 'pass' ELSE 'fail' END,
       b.amount, f.amount, f.amount - b.amount, greatest($3, f.stated_half) + greatest($3, b.stated_half),
       '年初预算 ' || amount_text(f.amount) || ' (' || f.source_ref || '); ' || b.disclosure_id || ' budgets '
           || amount_text(b.amount) || ' (' || b.source_ref || ')'
FROM figures f
JOIN figures b ON b.agency_id = f.agency_id AND b.fiscal_year = f.fiscal_year AND b.kind = 'budget'
              AND b.table_id = f.table_id AND b.line_code = f.line_code AND b.detail = f.detail
              AND b.measure = 'total'
WHERE f.kind = 'final' AND f.measure = 'budget_initial';
