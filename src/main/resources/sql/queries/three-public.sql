-- description: 三公 经费 per agency, year and component: 预算 (预算 disclosure), 全年预算数 and 决算数 (决算), the
--   prior year and the change (a prior year stated only as a change in the narrative is derived, and says so).
-- parameters: $1 year, $2 agency (id or part of the name), $3 region code prefix, $4 sector
SELECT agency_name, fiscal_year, component, component_zh,
       max(amount) FILTER (WHERE phase = 'budget') AS budget,
       max(amount) FILTER (WHERE phase = 'budget_full_year') AS budget_full_year,
       max(amount) FILTER (WHERE phase = 'final') AS final,
       max(prior_year_amount) FILTER (WHERE phase = 'final') AS prior_year_final,
       max(change) FILTER (WHERE phase = 'final') AS final_change,
       max(change_pct) FILTER (WHERE phase = 'final') AS final_change_pct,
       max(prior_year_amount) FILTER (WHERE phase = 'budget') AS prior_year_budget,
       max(change_pct) FILTER (WHERE phase = 'budget') AS budget_change_pct,
       string_agg(DISTINCT phase || ': ' || source_disclosure || ' ' || origin
                  || coalesce(' (' || derivation || ')', ''), '; '
                  ORDER BY phase || ': ' || source_disclosure || ' ' || origin
                  || coalesce(' (' || derivation || ')', '')) AS sources,
       agency_id, region_code
FROM three_public
WHERE query_filter(fiscal_year, agency_id, agency_name, region_code, sector, $1, $2, $3, $4)
GROUP BY agency_name, fiscal_year, component, component_zh, agency_id, region_code
ORDER BY region_code, agency_id, fiscal_year,
         list_position(['total', 'abroad', 'vehicles', 'vehicle_purchase', 'vehicle_running', 'reception'],
                       component);
