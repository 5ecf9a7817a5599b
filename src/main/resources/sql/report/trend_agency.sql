-- description: Annual trend of one agency: every item of agency_trend (本年支出合计, 基本, 项目, 一般公共预算财政拨款支出,
--   支出总计, 三公, 机关运行经费) per year and phase (budget / final), with the disclosure each figure comes from.
-- parameters: $1 agency id
SELECT t.agency_id, t.agency_name, t.region_code, t.fiscal_year, t.item, t.item_zh, t.phase,
       CAST(t.amount AS DECIMAL(18, 2)) AS amount, t.source_disclosure, t.audit_flag
FROM agency_trend t
WHERE t.agency_id = $1
ORDER BY t.ord, t.phase, t.fiscal_year;
