-- description: Annual trend per agency for the report's largest agencies of one scope in the region and sector
--   (by one figure of their latest year: 本年支出合计 决算, else 本年支出合计 预算, else 一般公共预算财政拨款支出
--   决算, else its 预算; ties by agency id): every item of agency_trend per year and phase.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope, $4 how many agencies
WITH sel AS (
    SELECT t.* FROM agency_trend t
    JOIN agency a USING (agency_id)
    WHERE a.scope = $3
      AND ($1 IS NULL OR starts_with(t.region_code, $1))
      AND ($2 IS NULL OR t.sector = $2)
), size AS (
    SELECT agency_id, amount AS latest
    FROM sel
    WHERE item IN ('total_expenditure', 'gpb_expenditure')
    QUALIFY row_number() OVER (PARTITION BY agency_id
                               ORDER BY fiscal_year DESC, item = 'total_expenditure' DESC, phase = 'final' DESC) = 1
), top AS (
    SELECT agency_id, row_number() OVER (ORDER BY latest DESC, agency_id) AS position
    FROM size
    QUALIFY position <= $4
)
SELECT top.position, s.agency_id, s.agency_name, s.region_code, s.fiscal_year, s.item, s.item_zh, s.phase,
       CAST(s.amount AS DECIMAL(18, 2)) AS amount, s.source_disclosure, s.audit_flag
FROM sel s
JOIN top USING (agency_id)
ORDER BY top.position, s.ord, s.phase, s.fiscal_year;
