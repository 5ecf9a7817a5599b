-- description: Carry-over: 年末结转和结余 ÷ 总计, the share of the year's money not spent.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, carryover_end, grand_total, carryover_pct, disclosure_id, region_code
FROM carryover_rates
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
