-- The findings shown by the audit command.
SELECT disclosure_id, rule_id, severity, subject, expected, actual, difference, tolerance, evidence
FROM audit_findings;
