-- Every finding of the mutation run, with the text that cites the figures it read.
SELECT disclosure_id, rule_id, coalesce(subject, ''), coalesce(evidence, '')
FROM audit_findings;
