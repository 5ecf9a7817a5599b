-- description: 政府采购 total, goods / works / services, and the shares for 中小企业 and 小微企业.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, procurement_total, goods, works, services, sme, sme_share_pct, small_micro,
       small_micro_share_pct, small_micro_of_sme_pct, disclosure_id, region_code
FROM procurement_shares
WHERE ($1 IS NULL OR fiscal_year = $1)
  AND ($2 IS NULL OR agency_id = $2 OR contains(agency_name, $2))
  AND ($3 IS NULL OR starts_with(region_code, $3))
  AND ($4 IS NULL OR sector = $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
