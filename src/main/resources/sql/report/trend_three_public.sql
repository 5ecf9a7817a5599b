-- description: Annual trend of 三公 by component, summed over the agencies of one scope in the report's region and
--   sector: 因公出国（境）费, 公务用车购置及运行费, 公务接待费 per year and phase (final = 决算数, budget = a 预算
--   disclosure's 预算数), with how many agencies each sum covers.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT t.fiscal_year, t.phase, t.component, t.component_zh, CAST(sum(t.amount) AS DECIMAL(18, 2)) AS amount,
       count(DISTINCT t.agency_id) AS agencies
FROM three_public t
JOIN agency a USING (agency_id)
WHERE a.scope = $3 AND t.phase IN ('final', 'budget')
  AND t.component IN ('abroad', 'vehicles', 'reception')
  AND ($1 IS NULL OR starts_with(t.region_code, $1))
  AND ($2 IS NULL OR t.sector = $2)
GROUP BY t.fiscal_year, t.phase, t.component, t.component_zh
ORDER BY t.phase, t.fiscal_year, CASE t.component WHEN 'abroad' THEN 0 WHEN 'vehicles' THEN 1 ELSE 2 END;
