-- Each agency across years, budget against final account: total expenditure, basic and project, 一般公共预算
-- spending (and its 年初预算), 三公 and 机关运行经费, placed on the year they describe (year_figure_store, so
-- a prior year implied by a stated change counts). phase: budget (a 预算 disclosure, or a 年初预算 stated in a
-- 决算) or final. Where several disclosures give the same year and item, the year's own disclosure wins, then (for
-- the budget) the 预算 disclosure's 预算数 over a 决算's stated 年初预算, then a table cell, then the narrative.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- agency_trend); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.agency_trend_live;
CREATE OR REPLACE TEMP VIEW agency_trend_live AS
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
       a.scope,
       c.agency_id, c.figure_year AS fiscal_year, c.item, c.item_zh, c.phase, money2(c.amount) AS amount,
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

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'agency_trend').
COMMENT ON COLUMN agency_trend.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN agency_trend.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN agency_trend.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN agency_trend.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN agency_trend.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN agency_trend.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN agency_trend.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN agency_trend.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN agency_trend.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN agency_trend.fiscal_year IS 'The fiscal year the amount describes.';
COMMENT ON COLUMN agency_trend.item IS 'total_expenditure (本年支出合计) = basic + project; gpb_expenditure (一般公共预算财政拨款支出); grand_total (支出总计); three_public; admin_running. Items overlap: sum one item across agencies, never across items.';
COMMENT ON COLUMN agency_trend.item_zh IS 'The item''s Chinese name.';
COMMENT ON COLUMN agency_trend.phase IS 'budget (a 预算 disclosure, or the 年初预算 a 决算 states) or final (决算数).';
COMMENT ON COLUMN agency_trend.amount IS 'The item''s amount, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元.';
COMMENT ON COLUMN agency_trend.source_disclosure IS 'The disclosure the chosen figure comes from (the year''s own disclosure wins over a later one''s prior-year statement).';
COMMENT ON COLUMN agency_trend.origin IS 'table, narrative, or derived (a prior year implied by a stated change).';
COMMENT ON COLUMN agency_trend.derivation IS 'For a derived figure, the arithmetic (1.92 - 0.09); blank for a stated figure.';
COMMENT ON COLUMN agency_trend.sources IS 'How many statements of this figure were found (disclosures, table and narrative).';
COMMENT ON COLUMN agency_trend.ord IS 'Display order of the item (0 = first).';
COMMENT ON COLUMN agency_trend.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN agency_trend.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
