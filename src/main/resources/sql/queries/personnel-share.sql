-- description: Personnel cost share, both definitions: 人员经费 ÷ 基本支出 and 人员经费 ÷ 本年支出合计; and
--   公用经费 per head (÷ 实有人数) where the headcount is stated.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, personnel, basic, share_of_basic_pct, total_expenditure, share_of_total_pct,
       public_costs, staff, public_costs_per_head, inputs_conflict, disclosure_id, region_code
FROM personnel_shares
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
