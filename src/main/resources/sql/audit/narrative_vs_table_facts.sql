-- Every count, score or other non-money figure the narrative states equals the table's figure for the same table,
-- line, detail and measure (e.g. a project's self-evaluation score). $1 rule_id, $2 severity, $3 tolerance.
INSERT INTO audit_result
SELECT $1, $2, n.disclosure_id,
       n.table_id || '.' || n.line_code || '.' || n.measure || CASE WHEN n.detail = '' THEN '' ELSE ' [' || n.detail || ']' END,
       CASE WHEN abs(n.value - t.value) <= $3 THEN 'pass' ELSE 'fail' END,
       t.value, n.value, n.value - t.value, $3,
       'narrative ' || amount_text(n.value) || ' ' || n.unit || ' (' || n.source_ref || ') vs table '
           || amount_text(t.value) || ' ' || t.unit || ' (' || t.source_ref || ')'
FROM facts n
JOIN facts t
  ON t.disclosure_id = n.disclosure_id AND t.table_id = n.table_id AND t.line_code = n.line_code
 AND t.detail = n.detail AND t.measure = n.measure AND t.stat = '' AND t.origin = 'table'
WHERE n.origin = 'narrative' AND n.stat = '' AND n.value IS NOT NULL AND t.value IS NOT NULL;
