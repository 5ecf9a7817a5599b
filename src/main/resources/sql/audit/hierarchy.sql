-- Classification hierarchy: each code of length $5 equals the sum of its children of length $6 (same table,
-- measure and detail), children found by code prefix. $1 rule_id, $2 severity, $3 tolerance per addend,
-- $4 table_id, $5 parent code length, $6 child code length.
INSERT INTO audit_result
WITH codes AS (
    SELECT * FROM figures
    WHERE table_id = $4 AND detail = '' AND regexp_full_match(line_code, '\d+')
), children AS (
    SELECT p.disclosure_id, p.line_code, p.measure, p.amount, p.source_line, p.source_ref,
           sum(c.amount) AS children_sum, count(*) AS addends,
           string_agg(c.line_code || ' ' || c.amount, ' + ' ORDER BY c.line_code) AS children_text
    FROM codes p
    JOIN codes c ON c.disclosure_id = p.disclosure_id AND c.measure = p.measure
                AND length(c.line_code) = $6 AND starts_with(c.line_code, p.line_code)
    WHERE length(p.line_code) = $5
    GROUP BY ALL
)
SELECT $1, $2, disclosure_id, $4 || '.' || line_code || '.' || measure,
       CASE WHEN abs(amount - children_sum) <= $3 * addends THEN 'pass' ELSE 'fail' END,
       amount, children_sum, amount - children_sum, $3 * addends,
       line_code || ' ' || amount_text(amount) || ' (' || source_ref || ') vs ' || children_text
FROM children;
