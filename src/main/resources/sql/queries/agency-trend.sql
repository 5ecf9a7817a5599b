-- description: Each agency across years, budget against final: total expenditure, basic, project, 一般公共预算
--   spending, 支出总计, 三公 and 机关运行经费, with the final ÷ budget ratio where both exist.
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, item, item_zh,
       max(amount) FILTER (WHERE phase = 'budget') AS budget,
       max(amount) FILTER (WHERE phase = 'final') AS final,
       pct_of(max(amount) FILTER (WHERE phase = 'final'), max(amount) FILTER (WHERE phase = 'budget'))
           AS final_of_budget_pct,
       string_agg(phase || ': ' || source_disclosure || ' ' || origin || coalesce(' (' || derivation || ')', ''),
                  '; ' ORDER BY phase) AS sources,
       agency_id, region_code
FROM agency_trend
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
GROUP BY agency_name, fiscal_year, item, item_zh, ord, agency_id, region_code
ORDER BY region_code, agency_id, item_zh, fiscal_year;
