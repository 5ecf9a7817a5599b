-- One figure compared with one figure or the sum of several, across tables: $5 holds table.line.measure
-- references (';'-separated, all must be stated), $4 the left-hand figure, $6 the comparison: '=' (equal within
-- $3 per right-hand figure) or '<=' (left at most the right-hand sum, e.g. an economic line inside its 三公
-- component, which also counts project spending). $1 rule_id, $2 severity, $3 tolerance per addend.
INSERT INTO audit_result
WITH refs AS (SELECT unnest(string_split($5, ';')) AS ref),
rhs AS (
    SELECT f.disclosure_id, sum(f.amount) AS amount, count(*) AS addends,
           string_agg(r.ref || ' ' || amount_text(f.amount) || ' (' || f.source_ref || ')', ' + '
                      ORDER BY r.ref) AS text
    FROM figures f
    JOIN refs r ON f.table_id = split_part(r.ref, '.', 1) AND f.line_code = split_part(r.ref, '.', 2)
               AND f.measure = split_part(r.ref, '.', 3)
    WHERE f.detail = ''
    GROUP BY f.disclosure_id
    HAVING count(*) = (SELECT count(*) FROM refs)
), lhs AS (
    SELECT disclosure_id, amount, source_line, source_ref FROM figures
    WHERE table_id = split_part($4, '.', 1) AND line_code = split_part($4, '.', 2)
      AND measure = split_part($4, '.', 3) AND detail = ''
)
SELECT $1, $2, l.disclosure_id, $4 || ' ' || $6 || ' ' || replace($5, ';', ' + '),
       CASE WHEN $6 = '=' AND abs(l.amount - r.amount) <= $3 * r.addends THEN 'pass'
            WHEN $6 = '<=' AND l.amount <= r.amount + $3 * r.addends THEN 'pass'
            ELSE 'fail' END,
       r.amount, l.amount, l.amount - r.amount, $3 * r.addends,
       $4 || ' ' || amount_text(l.amount) || ' (' || l.source_ref || ') ' || $6 || ' ' || r.text
FROM lhs l JOIN rhs r USING (disclosure_id);
