-- The audit's findings per disclosure and rule (how many failed checks each), to score against an answer key.
SELECT disclosure_id, rule_id, count(*) AS checks
FROM audit_findings
GROUP BY disclosure_id, rule_id
ORDER BY disclosure_id, rule_id;
