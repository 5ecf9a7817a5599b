-- description: Summary: the audit's failed checks of the region and sector (all years and kinds) by rule, each with
--   how many disclosures and findings it has, for the summary's sentences on disclosures that contradict themselves
--   (every family but completeness, error severity) and incomplete ones (completeness), each rule in its Chinese
--   text. Findings for information only (severity info) are left out, as everywhere they are counted. Most
--   disclosures first.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all)
SELECT f.family, f.severity, f.rule_id, coalesce(r.text_zh, f.description) AS description,
       count(DISTINCT f.disclosure_id) AS disclosures,
       count(*) AS findings
FROM audit_findings f
JOIN disclosure_dims d USING (disclosure_id)
LEFT JOIN audit_rule r USING (rule_id)
WHERE f.severity <> 'info'
  AND ($1 IS NULL OR starts_with(d.region_code, $1))
  AND ($2 IS NULL OR d.sector = $2)
GROUP BY f.family, f.severity, f.rule_id, coalesce(r.text_zh, f.description)
ORDER BY disclosures DESC, findings DESC, f.rule_id;
