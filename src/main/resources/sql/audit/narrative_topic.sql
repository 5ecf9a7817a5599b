-- The narrative of a disclosure of kind $4 states figures of one of the tables $5 (';'-separated): the explanation
-- the template requires on that topic is there. A disclosure without any narrative figure is not judged (its
-- narrative may simply not have been normalized): not enough data. $1 rule_id, $2 severity, $3 unused by design
-- (no tolerance: a topic is explained or not).
INSERT INTO audit_result
WITH stated AS (
    SELECT disclosure_id, table_id, min(source_line) AS first_line
    FROM line_items WHERE origin = 'narrative' AND kind = $4 GROUP BY disclosure_id, table_id
    UNION ALL
    SELECT disclosure_id, table_id, min(source_line)
    FROM facts WHERE origin = 'narrative' AND kind = $4 GROUP BY disclosure_id, table_id
), judged AS (
    SELECT disclosure_id, list_contains(string_split($5, ';'), table_id) AS on_topic, first_line FROM stated
)
SELECT $1, $2, disclosure_id, 'narrative: ' || replace($5, ';', ' or '),
       CASE WHEN bool_or(on_topic) THEN 'pass' ELSE 'fail' END,
       NULL, NULL, NULL, $3 * 0,
       CASE WHEN bool_or(on_topic) THEN 'first stated on line ' || min(first_line) FILTER (WHERE on_topic)
            ELSE 'the narrative states figures, none of ' || replace($5, ';', ' or ') END
FROM judged
GROUP BY disclosure_id;
