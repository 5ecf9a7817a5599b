-- Every amount the narrative states equals the table cell of the same table, line, detail and measure, within
-- the precision the narrative states it with (17192万元 for a table's 171,915,169元: half a 万元), and at least $3.
-- $1 rule_id, $2 severity, $3 tolerance (one figure: the stated precision).
INSERT INTO audit_result
WITH pairs AS (
    SELECT n.*, t.amount AS table_amount, t.source_ref AS table_ref,
           greatest($3, (CASE WHEN contains(n.source_value, '.')
                              THEN 0.5 / pow(10, length(split_part(n.source_value, '.', 2)))
                              ELSE 0.5 END)
                        * CASE n.source_unit WHEN '元' THEN 0.0001 WHEN '千元' THEN 0.1 WHEN '亿元' THEN 10000
                                             ELSE 1 END) AS stated_tolerance
    FROM line_items n
    JOIN line_items t
      ON t.disclosure_id = n.disclosure_id AND t.table_id = n.table_id AND t.line_code = n.line_code
     AND t.detail = n.detail AND t.measure = n.measure AND t.stat = '' AND t.origin = 'table'
    WHERE n.origin = 'narrative' AND n.stat = '' AND n.amount IS NOT NULL AND t.amount IS NOT NULL
)
SELECT $1, $2, n.disclosure_id,
       n.table_id || '.' || n.line_code || '.' || n.measure || CASE WHEN n.detail = '' THEN '' ELSE ' [' || n.detail || ']' END,
       CASE WHEN abs(n.amount - n.table_amount) <= n.stated_tolerance THEN 'pass' ELSE 'fail' END,
       n.table_amount, n.amount, n.amount - n.table_amount, n.stated_tolerance,
       'narrative ' || amount_text(n.amount) || ' (' || n.source_ref || ') vs table ' || amount_text(n.table_amount)
           || ' (' || n.table_ref || ')'
FROM pairs n;
