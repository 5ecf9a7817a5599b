-- description: Execution rates per agency and function line: 决算 ÷ 年初预算 (same disclosure), 决算 ÷ the 预算
--   disclosure of that year, and 全年执行数 ÷ 全年预算数 of the 绩效自评; with formula, inputs and their sources.
--   A missing or zero budget gives no rate and says why.
--   By default one row per agency (level agency) on one basis (final_vs_initial_budget), lowest rate first:
--   --level all / --basis all show every row; function_level (类/款/项) says which function lines add up.
-- defaults: level=agency basis=final_vs_initial_budget sort=rate_pct
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, basis, level, function_level, line_code, line_name, detail, executed, budget, rate_pct,
       no_rate_reason, formula, executed_source, budget_source, inputs_conflict, disclosure_id, region_code
FROM execution_rates
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
ORDER BY region_code, agency_id, fiscal_year, basis, level, line_code, detail;
