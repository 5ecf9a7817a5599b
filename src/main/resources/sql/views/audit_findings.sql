-- The audit's failed checks, most serious first, with the rule that found them and the figures they read.
CREATE OR REPLACE VIEW audit_findings AS
SELECT a.disclosure_id, a.rule_id, a.severity, r.family, r.description, a.subject, a.expected, a.actual,
       a.difference, a.tolerance, a.evidence
FROM audit_result a
JOIN audit_rule r USING (rule_id)
WHERE a.status = 'fail'
ORDER BY CASE a.severity WHEN 'error' THEN 0 ELSE 1 END, a.disclosure_id, a.rule_id, a.subject;

COMMENT ON VIEW audit_findings IS 'Failed audit checks with their rule, figures and difference. docs/rules.md';
