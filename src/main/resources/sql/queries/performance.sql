-- description: 绩效自评 scores (department and projects) next to the self-evaluated execution rate, and whether the
--   narrative's score contradicts the table's.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, kind, level, project, score, table_score, narrative_score,
       narrative_contradicts_table, execution_rate_pct, executed, budget, disclosure_id, region_code
FROM performance_scores
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
ORDER BY region_code, agency_id, fiscal_year, level, project;
