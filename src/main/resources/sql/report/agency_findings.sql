-- description: Agency pages: every failed audit check of each agency's disclosures (all years and kinds) with the
--   figures it read and where they are: the disclosure's file and the evidence (lines or pages in that file), the
--   rule in its Chinese text. Errors first, then warnings, then findings for information only (never counted).
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT d.agency_id, d.fiscal_year, d.kind, f.severity, f.rule_id, coalesce(r.text_zh, f.description) AS description,
       f.subject,
       CAST(f.expected AS DECIMAL(18, 2)) AS expected, CAST(f.actual AS DECIMAL(18, 2)) AS actual,
       CAST(f.difference AS DECIMAL(18, 2)) AS difference, f.evidence, s.source_file, f.disclosure_id
FROM audit_findings f
JOIN disclosure_dims d USING (disclosure_id)
JOIN disclosures s USING (disclosure_id)
JOIN agency a ON a.agency_id = d.agency_id
LEFT JOIN audit_rule r ON r.rule_id = f.rule_id
WHERE a.scope = $3
  AND ($1 IS NULL OR starts_with(d.region_code, $1))
  AND ($2 IS NULL OR d.sector = $2)
ORDER BY d.agency_id, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, d.fiscal_year DESC, d.kind, f.rule_id,
         f.subject;
