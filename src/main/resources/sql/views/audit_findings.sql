-- The audit's failed checks, most serious first, with the rule that found them and the figures they read.
CREATE OR REPLACE VIEW audit_findings AS
SELECT a.disclosure_id, a.rule_id, a.severity, r.family, r.description, a.subject, a.expected, a.actual,
       a.difference, a.tolerance, a.evidence, r.text_zh
FROM audit_result a
JOIN audit_rule r USING (rule_id)
WHERE a.status = 'fail'
ORDER BY CASE a.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, a.disclosure_id, a.rule_id, a.subject;

COMMENT ON VIEW audit_findings IS 'Failed audit checks with their rule, figures and difference. docs/rules.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'audit_findings').
COMMENT ON COLUMN audit_findings.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN audit_findings.rule_id IS 'The rule that failed (docs/rules.md, audit/rules.csv).';
COMMENT ON COLUMN audit_findings.severity IS 'error (the figures cannot all be right), warning (to verify) or info (shown, never counted: a rate truncated instead of rounded, shares forced to 100%).';
COMMENT ON COLUMN audit_findings.family IS 'The rule''s family: sums, hierarchy, narrative, percentages, cross-year …';
COMMENT ON COLUMN audit_findings.description IS 'What the rule checks.';
COMMENT ON COLUMN audit_findings.subject IS 'What was checked: table.line.measure (or a narrative topic).';
COMMENT ON COLUMN audit_findings.expected IS 'The value the rule expects (a sum of parts, a recomputed percentage), 万元 or % as the subject. Blank (NULL) = not stated.';
COMMENT ON COLUMN audit_findings.actual IS 'The value stated, 万元 or % as the subject. Blank (NULL) = not stated.';
COMMENT ON COLUMN audit_findings.difference IS 'actual − expected. Blank (NULL) = not stated.';
COMMENT ON COLUMN audit_findings.tolerance IS 'The difference allowed for rounding (0.01 万元 per addend, or half the stated precision). Blank (NULL) = not stated.';
COMMENT ON COLUMN audit_findings.evidence IS 'The figures read, with where each is (page or line).';
COMMENT ON COLUMN audit_findings.text_zh IS 'What the rule checks, in Chinese (as the audit command and the report show it).';
