-- Carry-over: 年末结转和结余 ÷ 总计 (收入支出总表), the share of the year's money not spent.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- carryover_rates); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.carryover_rates_live;
CREATE OR REPLACE TEMP VIEW carryover_rates_live AS
WITH pick AS (
    SELECT disclosure_id,
           max(amount) FILTER (WHERE line_code = 'carryover_end') AS carryover_end,
           max(amount) FILTER (WHERE line_code = 'expenditure_grand_total') AS grand_total
    FROM figures
    WHERE table_id = 'summary' AND measure = 'total' AND detail = ''
      AND line_code IN ('carryover_end', 'expenditure_grand_total')
    GROUP BY disclosure_id
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       d.scope,
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind, money2(p.carryover_end) AS carryover_end,
       money2(p.grand_total) AS grand_total,
       pct_of(p.carryover_end, p.grand_total) AS carryover_pct,
       '年末结转和结余 ÷ 总计 (收入支出总表)' AS formula
FROM pick p
JOIN disclosure_dims d USING (disclosure_id);

-- Materialized: carryover_rates reads a stored copy of carryover_rates_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE carryover_rates_store AS SELECT * FROM carryover_rates_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW carryover_rates AS
SELECT *, audit_flagged(disclosure_id, ['summary']) AS audit_flag,
       unproven_flagged(disclosure_id, ['summary']) AS unproven_flag FROM carryover_rates_store;

COMMENT ON VIEW carryover_rates IS '年末结转和结余 ÷ 总计. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'carryover_rates').
COMMENT ON COLUMN carryover_rates.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN carryover_rates.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN carryover_rates.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN carryover_rates.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN carryover_rates.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN carryover_rates.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN carryover_rates.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN carryover_rates.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN carryover_rates.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN carryover_rates.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN carryover_rates.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN carryover_rates.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN carryover_rates.carryover_end IS '年末结转和结余 (收入支出总表), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN carryover_rates.grand_total IS '总计 of the 收入支出总表 (支出总计), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN carryover_rates.carryover_pct IS '年末结转和结余 ÷ 总计 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN carryover_rates.formula IS 'The formula of the row''s metric, in words (docs/metrics.md).';
COMMENT ON COLUMN carryover_rates.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN carryover_rates.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
