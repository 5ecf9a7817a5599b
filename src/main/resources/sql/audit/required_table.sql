-- A disclosure of kind $5 that publishes its tables publishes table $4 (an empty one with its 空表说明 counts).
-- A disclosure without any table (its figures only in the narrative) is not enough data. $1 rule_id, $2 severity,
-- $3 unused by design (no tolerance: a table is there or not).
INSERT INTO audit_result
SELECT $1, $2, d.disclosure_id, $4,
       CASE WHEN bool_or(t.table_id = $4) THEN 'pass' ELSE 'fail' END,
       NULL, NULL, NULL, $3 * 0,
       CASE WHEN bool_or(t.table_id = $4) THEN 'published: ' || max(t.title) FILTER (WHERE t.table_id = $4)
            ELSE 'not among the ' || count(DISTINCT t.table_id) || ' tables published' END
FROM disclosure_tables t
JOIN disclosure d USING (disclosure_id)
WHERE d.kind = $5
GROUP BY d.disclosure_id;
