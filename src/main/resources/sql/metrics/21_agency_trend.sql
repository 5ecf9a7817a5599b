-- Each agency across years, budget against final account: total expenditure, basic and project, 一般公共预算
-- spending (and its 年初预算), 三公 and 机关运行经费, placed on the year they describe (year_figure_store, so
-- a prior year implied by a stated change counts). phase: budget (a 预算 disclosure, or a 年初预算 stated in a
-- 决算) or final. Where several disclosures give the same year and item, the year's own disclosure wins, then (for
-- the budget) the 预算 disclosure's 预算数 over a 决算's stated 年初预算, then a table cell, then the narrative.
CREATE OR REPLACE VIEW agency_trend_live AS
WITH items(table_id, line_code, measure, item, item_zh, ord) AS (
    VALUES ('expenditure', 'total', 'total', 'total_expenditure', '本年支出合计', 0),
           ('expenditure', 'total', 'basic', 'basic', '基本支出', 1),
           ('expenditure', 'total', 'project', 'project', '项目支出', 2),
           ('gpb_expenditure', 'total', 'total', 'gpb_expenditure', '一般公共预算财政拨款支出', 3),
           ('gpb_expenditure', 'total', 'budget_initial', 'gpb_expenditure', '一般公共预算财政拨款支出', 3),
           ('summary', 'expenditure_grand_total', 'total', 'grand_total', '支出总计', 4),
           ('three_public', 'total', 'total', 'three_public', '“三公”经费', 5),
           ('admin_running', 'total', 'total', 'admin_running', '机关运行经费', 6)
), stated AS (
    SELECT y.agency_id, y.figure_year, i.item, i.item_zh, i.ord,
           CASE WHEN y.measure = 'budget_initial' OR y.kind = 'budget' THEN 'budget' ELSE 'final' END AS phase,
           y.amount, y.origin, y.derivation, y.disclosure_id, y.source_line, d.fiscal_year AS disclosure_year,
           y.kind AS source_kind
    FROM year_figure_store y
    JOIN items i ON i.table_id = y.table_id AND i.line_code = y.line_code AND i.measure = y.measure
    JOIN disclosure d USING (disclosure_id)
    WHERE y.detail = '' AND y.amount IS NOT NULL AND y.kind IN ('budget', 'final')
), chosen AS (
    SELECT *, count(*) OVER (PARTITION BY agency_id, figure_year, item, phase) AS sources,
           row_number() OVER (PARTITION BY agency_id, figure_year, item, phase
                              ORDER BY CASE WHEN disclosure_year = figure_year THEN 0 ELSE 1 END,
                                       CASE WHEN source_kind = 'budget' THEN 0 ELSE 1 END,
                                       CASE origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END,
                                       source_line) AS rank
    FROM stated
)
SELECT a.agency_name, a.region_code, a.province, a.city, a.county, a.sector, a.admin_level,
       c.agency_id, c.figure_year AS fiscal_year, c.item, c.item_zh, c.phase, c.amount,
       c.disclosure_id AS source_disclosure, c.origin, c.derivation, c.sources, c.ord
FROM chosen c
LEFT JOIN agency a ON a.agency_id = c.agency_id
WHERE c.rank = 1;

-- Materialized: agency_trend reads a stored copy of agency_trend_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE agency_trend_store AS SELECT * FROM agency_trend_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW agency_trend AS
SELECT *, audit_flagged(source_disclosure, ['expenditure', 'gpb_expenditure', 'summary', 'three_public', 'admin_running']) AS audit_flag,
       unproven_flagged(source_disclosure, ['expenditure', 'gpb_expenditure', 'summary', 'three_public', 'admin_running']) AS unproven_flag FROM agency_trend_store;

COMMENT ON VIEW agency_trend IS 'Each agency across years, budget against final. docs/metrics.md';
