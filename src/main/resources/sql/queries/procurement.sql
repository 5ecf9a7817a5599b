-- description: 政府采购 total, goods / works / services, and the shares for 中小企业 and 小微企业.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, procurement_total, goods, works, services, sme, sme_share_pct, small_micro,
       small_micro_share_pct, small_micro_of_sme_pct, disclosure_id, region_code
FROM procurement_shares
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
ORDER BY region_code, agency_id, fiscal_year, kind;
