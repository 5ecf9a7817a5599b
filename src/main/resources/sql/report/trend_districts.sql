-- description: Annual trend per district (region code) of the report's region and sector: agency_trend summed over
--   the district's agencies of one scope, per year, item and phase (budget / final), with how many agencies each sum
--   covers (a year with fewer agencies is not comparable as a total). Only 本年支出合计 and 一般公共预算财政拨款支出,
--   the two items the district charts draw.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
WITH names AS (
    SELECT region_code, max(concat_ws('', province, nullif(city, ''), nullif(county, ''))) AS district
    FROM agency
    GROUP BY region_code
)
SELECT t.region_code, n.district, t.fiscal_year, t.item, t.item_zh, t.phase,
       CAST(sum(t.amount) AS DECIMAL(18, 2)) AS amount, count(DISTINCT t.agency_id) AS agencies
FROM agency_trend t
JOIN agency a USING (agency_id)
JOIN names n ON n.region_code = t.region_code
WHERE a.scope = $3 AND t.item IN ('total_expenditure', 'gpb_expenditure')
  AND ($1 IS NULL OR starts_with(t.region_code, $1))
  AND ($2 IS NULL OR t.sector = $2)
GROUP BY t.region_code, n.district, t.fiscal_year, t.item, t.item_zh, t.phase
ORDER BY t.region_code, min(t.ord), t.phase, t.fiscal_year;
