-- description: 机关运行经费 and its change on the prior year (from that year's disclosure, else derived from the
--   change the narrative states).
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, admin_running, prior_year, change, change_pct, prior_source, disclosure_id,
       region_code
FROM admin_running_costs
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
