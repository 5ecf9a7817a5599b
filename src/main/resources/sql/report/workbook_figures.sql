-- description: The workbook's long metrics sheet: one row per figure of every agency of the report's region, sector
--   and scope, every year — the amounts of agency_trend (万元, phase budget / final, prior years a disclosure states
--   as a change included) and the rates and scores of metric_values (phase = the disclosure's kind); the 三公 total
--   and 机关运行经费 come from agency_trend only (metric_values holds the same amounts). Each row names the
--   disclosure its figure comes from and whether an error-severity audit finding concerns it. Pivot-ready: agency,
--   region, year, phase and item identify a figure.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
WITH amounts AS (
    SELECT t.agency_name, t.agency_id, t.region_code, t.sector, t.fiscal_year, t.phase, t.item,
           CAST(t.amount AS DECIMAL(18, 2)) AS value, '万元' AS unit, t.source_disclosure, t.audit_flag, t.ord
    FROM agency_trend t
    JOIN agency a USING (agency_id)
    WHERE a.scope = $3
      AND ($1 IS NULL OR starts_with(t.region_code, $1))
      AND ($2 IS NULL OR t.sector = $2)
), rates AS (
    SELECT m.agency_name, m.agency_id, m.region_code, m.sector, m.fiscal_year, m.kind AS phase, m.metric AS item,
           CAST(m.value AS DECIMAL(18, 2)) AS value, m.unit, m.disclosure_id AS source_disclosure, m.audit_flag,
           100 AS ord
    FROM metric_values m
    WHERE m.scope = $3 AND m.metric NOT IN ('three_public_total', 'admin_running')
      AND ($1 IS NULL OR starts_with(m.region_code, $1))
      AND ($2 IS NULL OR m.sector = $2)
)
SELECT agency_name, agency_id, region_code, sector, fiscal_year, phase, item, value, unit, source_disclosure,
       audit_flag
FROM (SELECT * FROM amounts UNION ALL SELECT * FROM rates)
ORDER BY region_code, agency_name, agency_id, fiscal_year, ord, item, phase;
