-- Every amount the narrative states equals the table cell of the same table, line, detail and measure.
-- $1 rule_id, $2 severity, $3 tolerance (one figure: the stated precision).
INSERT INTO audit_result
SELECT $1, $2, n.disclosure_id,
       n.table_id || '.' || n.line_code || '.' || n.measure || CASE WHEN n.detail = '' THEN '' ELSE ' [' || n.detail || ']' END,
       CASE WHEN abs(n.amount - t.amount) <= $3 THEN 'pass' ELSE 'fail' END,
       t.amount, n.amount, n.amount - t.amount, $3,
       'narrative ' || amount_text(n.amount) || ' (' || n.source_ref || ') vs table ' || amount_text(t.amount) || ' ('
           || t.source_ref || ')'
FROM line_items n
JOIN line_items t
  ON t.disclosure_id = n.disclosure_id AND t.table_id = n.table_id AND t.line_code = n.line_code
 AND t.detail = n.detail AND t.measure = n.measure AND t.stat = '' AND t.origin = 'table'
WHERE n.origin = 'narrative' AND n.stat = '' AND n.amount IS NOT NULL AND t.amount IS NOT NULL;
