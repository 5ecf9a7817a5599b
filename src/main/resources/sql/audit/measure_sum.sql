-- One figure equals the sum of other figures of the same table, each named line:measure.
-- $1 rule_id, $2 severity, $3 tolerance per addend, $4 table_id, $5 whole (line:measure), $6 parts (';'-separated).
INSERT INTO audit_result
WITH parts AS (SELECT unnest(string_split($6, ';')) AS ref),
whole AS (
    SELECT disclosure_id, amount, source_line, source_ref FROM figures
    WHERE table_id = $4 AND line_code || ':' || measure = $5 AND detail = ''
), summed AS (
    SELECT f.disclosure_id, sum(f.amount) AS parts_sum, count(*) AS addends,
           string_agg(f.line_code || ':' || f.measure || ' ' || amount_text(f.amount) || ' (' || f.source_ref || ')', ' + '
                      ORDER BY f.measure) AS parts_text
    FROM figures f
    WHERE f.table_id = $4 AND f.detail = '' AND f.line_code || ':' || f.measure IN (SELECT ref FROM parts)
    GROUP BY ALL
    HAVING count(*) = (SELECT count(*) FROM parts)
)
SELECT $1, $2, w.disclosure_id, $4 || '.' || $5,
       CASE WHEN abs(w.amount - s.parts_sum) <= $3 * s.addends THEN 'pass' ELSE 'fail' END,
       w.amount, s.parts_sum, w.amount - s.parts_sum, $3 * s.addends,
       $5 || ' ' || amount_text(w.amount) || ' (' || w.source_ref || ') vs ' || s.parts_text
FROM whole w JOIN summed s USING (disclosure_id);
