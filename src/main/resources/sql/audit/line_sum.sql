-- Across lines: for each measure, the whole line equals the sum of the part lines of the same table.
-- A figure stated less precisely than to 0.01 万元 (a narrative's 17192万元) widens the tolerance by what its
-- rounding may hide (half a unit of its stated precision, less the usual half cent).
-- A part written A>B+C is line A where the table states it (for that measure), else lines B and C
-- (fiscal>gpb+gov_fund+soe: 财政拨款收入 where the table gives it, its three funds where it does not).
-- $1 rule_id, $2 severity, $3 tolerance per addend, $4 table_id, $5 whole line, $6 part lines (';'-separated).
INSERT INTO audit_result
WITH tokens AS (SELECT unnest(string_split($6, ';')) AS token),
parts AS (
    SELECT split_part(token, '>', 1) AS line_code, NULL::VARCHAR AS unless FROM tokens
    UNION ALL
    SELECT unnest(string_split(split_part(token, '>', 2), '+')) AS line_code, split_part(token, '>', 1) AS unless
    FROM tokens WHERE contains(token, '>')
),
whole AS (
    SELECT disclosure_id, measure, amount, source_line, source_ref, stated_half FROM figures
    WHERE table_id = $4 AND line_code = $5 AND detail = ''
), summed AS (
    SELECT f.disclosure_id, f.measure, sum(f.amount) AS parts_sum, count(*) AS addends,
           sum(greatest(0, f.stated_half - $3)) AS coarse,
           string_agg(f.line_code || ' ' || amount_text(f.amount) || ' (' || f.source_ref || ')', ' + ' ORDER BY f.line_code)
               AS parts_text
    FROM figures f JOIN parts p USING (line_code)
    WHERE f.table_id = $4 AND f.detail = ''
      AND (p.unless IS NULL OR NOT EXISTS (SELECT 1 FROM figures g WHERE g.disclosure_id = f.disclosure_id
           AND g.table_id = f.table_id AND g.line_code = p.unless AND g.detail = '' AND g.measure = f.measure))
    GROUP BY f.disclosure_id, f.measure
)
SELECT $1, $2, w.disclosure_id, $4 || '.' || $5 || '.' || w.measure,
       CASE WHEN abs(w.amount - s.parts_sum) <= $3 * s.addends + greatest(0, w.stated_half - $3) + s.coarse THEN 'pass' ELSE 'fail' END,
       w.amount, s.parts_sum, w.amount - s.parts_sum, $3 * s.addends + greatest(0, w.stated_half - $3) + s.coarse,
       $5 || ' ' || amount_text(w.amount) || ' (' || w.source_ref || ') vs ' || s.parts_text
FROM whole w JOIN summed s USING (disclosure_id, measure);
