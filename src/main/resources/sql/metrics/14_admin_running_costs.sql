-- 机关运行经费 (administrative running costs) and its change on the year before. The prior year comes from the
-- agency's disclosure of that year, else from the change this disclosure states (比上年增加/减少, derived).
-- Only 行政单位 and 参公 units report it; it is not comparable with 事业单位 公用经费.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- admin_running_costs); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.admin_running_costs_live;
CREATE OR REPLACE TEMP VIEW admin_running_costs_live AS
WITH yearly AS (
    SELECT y.agency_id, y.kind, y.figure_year, y.amount, y.origin, y.derivation, y.disclosure_id,
           row_number() OVER (PARTITION BY y.agency_id, y.kind, y.figure_year
                              ORDER BY CASE WHEN d.fiscal_year = y.figure_year THEN 0 ELSE 1 END,
                                       CASE y.origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END,
                                       y.source_line) AS rank
    FROM year_figure_store y JOIN disclosure d USING (disclosure_id)
    WHERE y.table_id = 'admin_running' AND y.line_code = 'total' AND y.measure = 'total' AND y.detail = ''
      AND y.amount IS NOT NULL
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       d.scope,
       cur.disclosure_id, cur.agency_id, cur.figure_year AS fiscal_year, cur.kind,
       money2(cur.amount) AS admin_running, money2(prior.amount) AS prior_year,
       money2(cur.amount - prior.amount) AS change,
       pct_of(cur.amount - prior.amount, prior.amount) AS change_pct,
       prior.disclosure_id || coalesce(' (derived: ' || prior.derivation || ')', '') AS prior_source,
       '机关运行经费; change = this year − prior year; change_pct = change ÷ prior year' AS formula
FROM yearly cur
LEFT JOIN yearly prior
       ON prior.agency_id = cur.agency_id AND prior.kind = cur.kind AND prior.figure_year = cur.figure_year - 1
      AND prior.rank = 1
JOIN disclosure_dims d ON d.disclosure_id = cur.disclosure_id
WHERE cur.rank = 1 AND d.fiscal_year = cur.figure_year;

-- Materialized: admin_running_costs reads a stored copy of admin_running_costs_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE admin_running_costs_store AS SELECT * FROM admin_running_costs_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW admin_running_costs AS
SELECT *, audit_flagged(disclosure_id, ['admin_running']) AS audit_flag,
       unproven_flagged(disclosure_id, ['admin_running']) AS unproven_flag FROM admin_running_costs_store;

COMMENT ON VIEW admin_running_costs IS '机关运行经费 and its change on the prior year. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'admin_running_costs').
COMMENT ON COLUMN admin_running_costs.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN admin_running_costs.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN admin_running_costs.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN admin_running_costs.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN admin_running_costs.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN admin_running_costs.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN admin_running_costs.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN admin_running_costs.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN admin_running_costs.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN admin_running_costs.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN admin_running_costs.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN admin_running_costs.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN admin_running_costs.admin_running IS '机关运行经费 of the year, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元.';
COMMENT ON COLUMN admin_running_costs.prior_year IS '机关运行经费 of the year before (that year''s disclosure, else derived from this one''s stated change), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN admin_running_costs.change IS 'admin_running − prior_year, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank = no prior year.';
COMMENT ON COLUMN admin_running_costs.change_pct IS 'change ÷ prior_year × 100, in %, 2 decimals. Blank = no prior year, or it is zero.';
COMMENT ON COLUMN admin_running_costs.prior_source IS 'The disclosure prior_year comes from, with the derivation when derived. Blank (NULL) = not stated.';
COMMENT ON COLUMN admin_running_costs.formula IS 'The formula of the row''s metric, in words (docs/metrics.md).';
COMMENT ON COLUMN admin_running_costs.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN admin_running_costs.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
