-- A total line equals the sum of the table's classification rows of one code length (3: the 类 rows; 7: the 项
-- rows, for measures stated only per 项, such as a narrative's 年初预算), for each measure.
-- A figure stated less precisely than to 0.01 万元 (a narrative's 17192万元) widens the tolerance by what its
-- rounding may hide (half a unit of its stated precision, less the usual half cent).
-- Classes stated only in the narrative may be fewer than the table's (a narrative names the main classes, or one
-- was not read): when every class comes from the narrative and together they fall short of the total, the
-- finding is a warning, not an error; classes exceeding the total stay an error.
-- $1 rule_id, $2 severity, $3 tolerance per addend, $4 table_id, $5 total line, $6 code length.
INSERT INTO audit_result
WITH classes AS (
    SELECT disclosure_id, measure, sum(amount) AS amount, count(*) AS addends,
           bool_and(origin = 'narrative') AS narrative_only,
           sum(greatest(0, stated_half - $3)) AS coarse,
           string_agg(line_code || ' ' || amount_text(amount), ' + ' ORDER BY line_code) AS text
    FROM figures
    WHERE table_id = $4 AND detail = '' AND regexp_full_match(line_code, '\d+') AND length(line_code) = $6
    GROUP BY disclosure_id, measure
), total AS (
    SELECT disclosure_id, measure, amount, source_line, source_ref, stated_half FROM figures
    WHERE table_id = $4 AND line_code = $5 AND detail = ''
)
SELECT $1, CASE WHEN c.narrative_only AND c.amount < t.amount THEN 'warning' ELSE $2 END,
       t.disclosure_id, $4 || '.' || $5 || '.' || t.measure,
       CASE WHEN abs(t.amount - c.amount) <= $3 * c.addends + greatest(0, t.stated_half - $3) + c.coarse THEN 'pass' ELSE 'fail' END,
       t.amount, c.amount, t.amount - c.amount, $3 * c.addends + greatest(0, t.stated_half - $3) + c.coarse,
       $5 || ' ' || amount_text(t.amount) || ' (' || t.source_ref || ') vs ' || c.text
           || CASE WHEN c.narrative_only THEN ' (classes stated in the narrative only)' ELSE '' END
FROM total t JOIN classes c USING (disclosure_id, measure);
