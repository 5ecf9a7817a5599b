-- How many disclosures a selection names: $1 fiscal year, $2 GB/T 2260 region code prefix, $3 sector (NULL: any).
-- 0 is an empty selection, which a command reports with what exists (selection_values.sql) instead of an empty result.
SELECT count(*)
FROM disclosure_dims
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, NULL, $2, $3);
