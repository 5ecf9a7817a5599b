-- description: Agency pages: each agency's 三公 by component (因公出国（境）费, 公务用车购置及运行费, 公务接待费) and
--   their total, per year and phase (final = 决算数, budget = 预算数).
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT t.agency_id, t.fiscal_year, t.phase, t.component, t.component_zh, CAST(t.amount AS DECIMAL(18, 2)) AS amount,
       t.source_disclosure
FROM three_public t
JOIN agency a USING (agency_id)
WHERE a.scope = $3 AND t.phase IN ('final', 'budget')
  AND ($1 IS NULL OR starts_with(t.region_code, $1))
  AND ($2 IS NULL OR t.sector = $2)
ORDER BY t.agency_id, t.fiscal_year, t.phase,
         CASE t.component WHEN 'abroad' THEN 0 WHEN 'vehicles' THEN 1 WHEN 'reception' THEN 2 ELSE 3 END;
