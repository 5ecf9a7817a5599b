-- Within a row: the whole measure equals the sum of the part measures of the same table, line and detail.
-- $1 rule_id, $2 severity, $3 tolerance per addend, $4 table_id, $5 whole measure, $6 part measures (;-separated),
-- $7 kind of disclosure the rule is for (blank: every kind).
-- A row is checked when its whole and at least one part are stated; blank parts are unknown, not zero, so the
-- check sums the parts that are stated and says how many were. A part written A>B+C is A when the row states it,
-- else B and C (fiscal>gpb+gov_fund+soe: 财政拨款收入 where the table gives it, its three funds where it does not).
INSERT INTO audit_result
WITH tokens AS (SELECT unnest(string_split($6, ';')) AS token),
parts AS (
    SELECT split_part(token, '>', 1) AS measure, NULL::VARCHAR AS unless FROM tokens
    UNION ALL
    SELECT unnest(string_split(split_part(token, '>', 2), '+')) AS measure, split_part(token, '>', 1) AS unless
    FROM tokens WHERE contains(token, '>')
),
whole AS (
    SELECT disclosure_id, line_code, detail, amount, source_line, source_ref FROM figures
    WHERE table_id = $4 AND measure = $5 AND ($7 = '' OR kind = $7)
), summed AS (
    SELECT f.disclosure_id, f.line_code, f.detail, sum(f.amount) AS parts_sum, count(*) AS addends,
           string_agg(f.measure || ' ' || amount_text(f.amount) || ' (' || f.source_ref || ')', ' + ' ORDER BY f.measure)
               AS parts_text
    FROM figures f JOIN parts p USING (measure)
    WHERE f.table_id = $4 AND ($7 = '' OR f.kind = $7)
      AND (p.unless IS NULL OR NOT EXISTS (SELECT 1 FROM figures g WHERE g.disclosure_id = f.disclosure_id
           AND g.table_id = f.table_id AND g.line_code = f.line_code AND g.detail = f.detail AND g.measure = p.unless))
    GROUP BY ALL
)
SELECT $1, $2, w.disclosure_id, $4 || '.' || w.line_code || CASE WHEN w.detail = '' THEN '' ELSE ' [' || w.detail || ']' END,
       CASE WHEN abs(w.amount - s.parts_sum) <= $3 * s.addends THEN 'pass' ELSE 'fail' END,
       w.amount, s.parts_sum, w.amount - s.parts_sum, $3 * s.addends,
       $5 || ' ' || amount_text(w.amount) || ' (' || w.source_ref || ') vs ' || s.parts_text
FROM whole w JOIN summed s USING (disclosure_id, line_code, detail);
