-- description: 机关运行经费 and its change on the prior year (from that year's disclosure, else derived from the
--   change the narrative states).
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, admin_running, prior_year, change, change_pct, prior_source, disclosure_id,
       region_code
FROM admin_running_costs
WHERE ($1 IS NULL OR fiscal_year = $1)
  AND ($2 IS NULL OR agency_id = $2 OR contains(agency_name, $2))
  AND ($3 IS NULL OR starts_with(region_code, $3))
  AND ($4 IS NULL OR sector = $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
