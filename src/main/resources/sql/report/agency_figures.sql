-- description: Agency pages: each agency's figures across the years, budget against final (agency_trend: 本年支出合计,
--   基本支出, 项目支出, 一般公共预算财政拨款支出, 支出总计, 三公, 机关运行经费), with the disclosure each comes from.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 scope
SELECT t.agency_id, t.fiscal_year, t.phase, t.item, t.item_zh, t.ord, CAST(t.amount AS DECIMAL(18, 2)) AS amount,
       t.source_disclosure
FROM agency_trend t
JOIN agency a USING (agency_id)
WHERE a.scope = $3
  AND ($1 IS NULL OR starts_with(t.region_code, $1))
  AND ($2 IS NULL OR t.sector = $2)
ORDER BY t.agency_id, t.ord, t.fiscal_year, t.phase;
