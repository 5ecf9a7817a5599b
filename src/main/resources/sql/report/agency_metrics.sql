-- description: Agency pages: each agency's metrics across the years and disclosure kinds (metric_values), with
--   whether an input fails an error-severity audit rule (audit_flag) or is an extracted figure no identity proved.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT m.agency_id, m.fiscal_year, m.kind, m.metric, m.value, m.unit, m.audit_flag, m.unproven_flag,
       m.disclosure_id
FROM metric_values m
WHERE m.scope = $3
  AND ($1 IS NULL OR starts_with(m.region_code, $1))
  AND ($2 IS NULL OR m.sector = $2)
ORDER BY m.agency_id, m.metric, m.fiscal_year, m.kind;
