-- description: Annual trend of the report's region: agency_trend summed over the agencies of one scope in the
--   region and sector, per year, item and phase (budget / final), with how many agencies each sum covers (a year
--   with fewer agencies is not comparable as a total: read the count).
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT t.fiscal_year, t.item, t.item_zh, t.phase, CAST(sum(t.amount) AS DECIMAL(18, 2)) AS amount,
       count(DISTINCT t.agency_id) AS agencies, min(t.ord) AS ord
FROM agency_trend t
JOIN agency a USING (agency_id)
WHERE a.scope = $3
  AND ($1 IS NULL OR starts_with(t.region_code, $1))
  AND ($2 IS NULL OR t.sector = $2)
GROUP BY t.fiscal_year, t.item, t.item_zh, t.phase
ORDER BY ord, t.phase, t.fiscal_year;
