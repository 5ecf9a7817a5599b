-- description: Agency pages: every disclosure of each agency of one scope in the report's region and sector — year,
--   kind, title and the file it was loaded from — the sources behind the figures on its page.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT d.agency_id, d.fiscal_year, d.kind, d.title, d.source_file, d.disclosure_id
FROM disclosures d
JOIN agency a USING (agency_id)
WHERE a.scope = $3
  AND ($1 IS NULL OR starts_with(d.region_code, $1))
  AND ($2 IS NULL OR d.sector = $2)
ORDER BY d.agency_id, d.fiscal_year DESC, d.kind;
