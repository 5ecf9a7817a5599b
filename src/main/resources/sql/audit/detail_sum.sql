-- A line stated for all details together (detail blank: e.g. all projects of a 绩效 table or narrative) equals the
-- sum of the same line stated per detail (each project), for each measure. $1 rule_id, $2 severity,
-- $3 tolerance per addend, $4 table_id, $5 line.
INSERT INTO audit_result
WITH parts AS (
    SELECT disclosure_id, measure, sum(amount) AS amount, count(*) AS addends,
           string_agg(detail || ' ' || amount_text(amount), ' + ' ORDER BY detail) AS text
    FROM figures
    WHERE table_id = $4 AND line_code = $5 AND detail <> ''
    GROUP BY disclosure_id, measure
), whole AS (
    SELECT disclosure_id, measure, amount, source_line, source_ref FROM figures
    WHERE table_id = $4 AND line_code = $5 AND detail = ''
)
SELECT $1, $2, w.disclosure_id, $4 || '.' || $5 || '.' || w.measure || ' (all) vs per detail',
       CASE WHEN abs(w.amount - p.amount) <= $3 * p.addends THEN 'pass' ELSE 'fail' END,
       w.amount, p.amount, w.amount - p.amount, $3 * p.addends,
       'stated for all: ' || amount_text(w.amount) || ' (' || w.source_ref || ') vs ' || p.text
FROM whole w JOIN parts p USING (disclosure_id, measure);
