-- description: Data quality: every failed audit check of the report's region and sector with the figures it read
--   (expected, actual, difference, tolerance) and where they are in the source (evidence), the rule in its Chinese
--   text. Errors first, then warnings, then findings for information only (never counted).
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all)
SELECT d.agency_name, d.fiscal_year, d.kind, f.severity, f.rule_id, coalesce(r.text_zh, f.description) AS description, f.subject,
       CAST(f.expected AS DECIMAL(18, 2)) AS expected, CAST(f.actual AS DECIMAL(18, 2)) AS actual,
       CAST(f.difference AS DECIMAL(18, 2)) AS difference, f.tolerance, f.evidence, f.disclosure_id
FROM audit_findings f
JOIN disclosure_dims d USING (disclosure_id)
LEFT JOIN audit_rule r USING (rule_id)
WHERE ($1 IS NULL OR starts_with(d.region_code, $1))
  AND ($2 IS NULL OR d.sector = $2)
ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.agency_name, d.fiscal_year, d.kind, f.rule_id, f.subject;
