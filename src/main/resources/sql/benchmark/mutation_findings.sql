-- Every finding of the mutation run that counts against a disclosure (error and warning: an info finding, a rate
-- truncated or a share forced to 100%, is no detection), with the text that cites the figures it read. Rules
-- across documents of the same year (family cross_document) are left out, as in mutation_fingerprints.sql.
SELECT disclosure_id, rule_id, coalesce(subject, ''), coalesce(evidence, '')
FROM audit_findings
WHERE severity <> 'info' AND family <> 'cross_document';
