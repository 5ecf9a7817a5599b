-- A total line equals the sum of the table's classification rows of one code length (3: the 类 rows; 7: the 项
-- rows, for measures stated only per 项, such as a narrative's 年初预算), for each measure.
-- $1 rule_id, $2 severity, $3 tolerance per addend, $4 table_id, $5 total line, $6 code length.
INSERT INTO audit_result
WITH classes AS (
    SELECT disclosure_id, measure, sum(amount) AS amount, count(*) AS addends,
           string_agg(line_code || ' ' || amount_text(amount), ' + ' ORDER BY line_code) AS text
    FROM figures
    WHERE table_id = $4 AND detail = '' AND regexp_full_match(line_code, '\d+') AND length(line_code) = $6
    GROUP BY disclosure_id, measure
), total AS (
    SELECT disclosure_id, measure, amount, source_line, source_ref FROM figures
    WHERE table_id = $4 AND line_code = $5 AND detail = ''
)
SELECT $1, $2, t.disclosure_id, $4 || '.' || $5 || '.' || t.measure,
       CASE WHEN abs(t.amount - c.amount) <= $3 * c.addends THEN 'pass' ELSE 'fail' END,
       t.amount, c.amount, t.amount - c.amount, $3 * c.addends,
       $5 || ' ' || amount_text(t.amount) || ' (' || t.source_ref || ') vs ' || c.text
FROM total t JOIN classes c USING (disclosure_id, measure);
