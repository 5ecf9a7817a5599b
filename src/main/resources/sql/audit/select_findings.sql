-- The findings shown by the audit command, with the agency they concern, narrowed by the command's options:
-- $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector, $5 severity (error / warning /
-- info), each NULL for all; $6 the language of the rule's text ('zh': its Chinese text, 'en': its description).
-- Errors first, then warnings, then information; then by agency, year, rule.
SELECT d.agency_name, d.fiscal_year, d.kind, f.rule_id, f.severity,
       CASE WHEN $6 = 'en' THEN f.description ELSE coalesce(r.text_zh, f.description) END AS description,
       f.subject, f.expected, f.actual, f.difference, f.tolerance, f.evidence, f.disclosure_id
FROM audit_findings f
JOIN disclosure_dims d USING (disclosure_id)
LEFT JOIN audit_rule r USING (rule_id)
WHERE query_filter(d.fiscal_year, d.agency_id, d.agency_name, d.region_code, d.sector, $1, $2, $3, $4)
  AND ($5::VARCHAR IS NULL OR f.severity = $5)
ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.region_code, d.agency_name,
         d.fiscal_year, f.rule_id, f.subject;
