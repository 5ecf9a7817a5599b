-- description: Agency pages: every agency of one scope in the report's region and sector that has a disclosure,
--   with its registry data. One page each; sorted by agency id (the page file names follow this order).
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT a.agency_id, a.agency_name, a.region_code, a.sector, a.scope, count(d.disclosure_id) AS disclosures
FROM agencies a
JOIN disclosure_dims d USING (agency_id)
WHERE a.scope = $3
  AND ($1 IS NULL OR starts_with(a.region_code, $1))
  AND ($2 IS NULL OR a.sector = $2)
GROUP BY ALL
ORDER BY a.agency_id;
