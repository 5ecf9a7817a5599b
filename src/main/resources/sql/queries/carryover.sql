-- description: Carry-over: 年末结转和结余 ÷ 总计, the share of the year's money not spent.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, carryover_end, grand_total, carryover_pct, disclosure_id, region_code
FROM carryover_rates
WHERE ($1 IS NULL OR fiscal_year = $1)
  AND ($2 IS NULL OR agency_id = $2 OR contains(agency_name, $2))
  AND ($3 IS NULL OR starts_with(region_code, $3))
  AND ($4 IS NULL OR sector = $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
