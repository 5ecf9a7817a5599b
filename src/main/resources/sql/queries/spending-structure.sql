-- description: Basic / project split of 本年支出合计, in 万元 and as shares of the total.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, total_expenditure, basic, basic_share_pct, project, project_share_pct,
       inputs_conflict, disclosure_id, region_code
FROM spending_structure
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
