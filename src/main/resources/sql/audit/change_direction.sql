-- One change, one direction: a stated growth rate (stat $4, e.g. change_pct: 增长 +, 下降 −) and the stated change
-- of the same figure (stat $5, e.g. change: 增加 +, 减少 −) point the same way. 比上年减少5万元，增长3% prints both
-- directions for one change; a rate or a change of zero (持平) has no direction to contradict, and a change stated
-- twice with two values is NARR-RESTATED's. The rate rule reports the same rate as not recomputing; this one says
-- why. $1 rule_id, $2 severity, $3 unused by design (signs, no tolerance).
INSERT INTO audit_result
WITH changes AS (
    SELECT disclosure_id, table_id, line_code, detail, measure, min(amount) AS change, max(amount) AS change_max,
           min(source_ref) AS change_ref
    FROM line_items
    WHERE stat = $5 AND amount IS NOT NULL
    GROUP BY disclosure_id, table_id, line_code, detail, measure
), pairs AS (
    SELECT r.*, c.change, c.change_ref
    FROM stated_percentages r
    JOIN changes c ON c.disclosure_id = r.disclosure_id AND c.table_id = r.table_id AND c.line_code = r.line_code
                  AND c.detail = r.detail AND c.measure = r.measure AND c.change = c.change_max
    WHERE r.stat = $4 AND r.stated <> 0 AND c.change <> 0
)
SELECT $1, $2, disclosure_id,
       table_id || '.' || line_code || '.' || measure || CASE WHEN detail = '' THEN '' ELSE ' [' || detail || ']' END,
       CASE WHEN sign(stated) = sign(change) THEN 'pass' ELSE 'fail' END,
       sign(change), sign(stated), NULL, $3 * 0,
       'change ' || amount_text(change) || ' (' || change_ref || '), rate ' || source_value || '% (' || source_ref
           || ')'
           || CASE WHEN sign(stated) = sign(change) THEN ''
                   WHEN change > 0 THEN ': an increase (增加) stated with a decrease (下降)'
                   ELSE ': a decrease (减少) stated with an increase (增长)' END
FROM pairs;
