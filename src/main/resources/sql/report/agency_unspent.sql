-- description: Agency pages: what explains an agency's under-execution in one fiscal year — its function lines
--   (决算数 against the same 决算's 年初预算数; only the most detailed lines, so nothing is counted twice) and its
--   projects (绩效自评: 全年执行数 against 全年预算数), largest unspent amount (预算 − 执行) first, at most $5 per
--   agency and basis. Lines that spent their budget or more are left out.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope, $4 year, $5 rows per agency
WITH sel AS (
    SELECT r.* FROM execution_rates r
    JOIN agency a USING (agency_id)
    WHERE a.scope = $3 AND r.fiscal_year = $4
      AND ($1 IS NULL OR starts_with(r.region_code, $1))
      AND ($2 IS NULL OR r.sector = $2)
      AND ((r.basis = 'final_vs_initial_budget' AND r.level = 'function_line') OR r.level = 'project')
      AND r.budget IS NOT NULL AND r.executed IS NOT NULL AND r.budget > r.executed
), leaves AS (
    SELECT s.* FROM sel s
    WHERE s.level = 'project' OR NOT EXISTS (
        SELECT 1 FROM execution_rates c
        WHERE c.disclosure_id = s.disclosure_id AND c.basis = s.basis AND c.level = s.level
          AND c.detail = s.detail AND c.line_code <> s.line_code AND starts_with(c.line_code, s.line_code))
)
SELECT agency_id, fiscal_year, level, line_code, line_name, detail, CAST(budget AS DECIMAL(18, 2)) AS budget,
       CAST(executed AS DECIMAL(18, 2)) AS executed, CAST(budget - executed AS DECIMAL(18, 2)) AS unspent, rate_pct,
       executed_source, budget_source, disclosure_id
FROM leaves
QUALIFY row_number() OVER (PARTITION BY agency_id, level ORDER BY budget - executed DESC, line_code, detail) <= $5
ORDER BY agency_id, level, unspent DESC, line_code, detail;
