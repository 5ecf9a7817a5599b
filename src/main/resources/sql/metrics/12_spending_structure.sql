-- Basic / project split of 本年支出合计 (支出表 line total): shares in percent of the total.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- spending_structure); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.spending_structure_live;
CREATE OR REPLACE TEMP VIEW spending_structure_live AS
WITH pick AS (
    SELECT disclosure_id,
           max(amount) FILTER (WHERE measure = 'total') AS total_expenditure,
           max(amount) FILTER (WHERE measure = 'basic') AS basic,
           max(amount) FILTER (WHERE measure = 'project') AS project,
           bool_or(conflicting) AS inputs_conflict
    FROM figures
    WHERE table_id = 'expenditure' AND line_code = 'total' AND detail = '' AND kind IN ('budget', 'final')
    GROUP BY disclosure_id
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       d.scope,
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind, money2(p.total_expenditure) AS total_expenditure,
       money2(p.basic) AS basic, money2(p.project) AS project,
       pct_of(p.basic, p.total_expenditure) AS basic_share_pct,
       pct_of(p.project, p.total_expenditure) AS project_share_pct,
       '基本支出 ÷ 本年支出合计; 项目支出 ÷ 本年支出合计' AS formula, p.inputs_conflict
FROM pick p
JOIN disclosure_dims d USING (disclosure_id);

-- Materialized: spending_structure reads a stored copy of spending_structure_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE spending_structure_store AS SELECT * FROM spending_structure_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW spending_structure AS
SELECT *, audit_flagged(disclosure_id, ['expenditure']) AS audit_flag,
       unproven_flagged(disclosure_id, ['expenditure']) AS unproven_flag FROM spending_structure_store;

COMMENT ON VIEW spending_structure IS '基本支出 and 项目支出 as shares of 本年支出合计. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'spending_structure').
COMMENT ON COLUMN spending_structure.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN spending_structure.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN spending_structure.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN spending_structure.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN spending_structure.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN spending_structure.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN spending_structure.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN spending_structure.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN spending_structure.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN spending_structure.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN spending_structure.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN spending_structure.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN spending_structure.total_expenditure IS '本年支出合计 (支出表 total), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN spending_structure.basic IS '基本支出 (支出表), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN spending_structure.project IS '项目支出 (支出表), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN spending_structure.basic_share_pct IS '基本支出 ÷ 本年支出合计 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN spending_structure.project_share_pct IS '项目支出 ÷ 本年支出合计 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN spending_structure.formula IS 'The formula of the row''s metric, in words (docs/metrics.md).';
COMMENT ON COLUMN spending_structure.inputs_conflict IS 'True when an input is stated twice with different values (a narrative against its table); the table''s value is used.';
COMMENT ON COLUMN spending_structure.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN spending_structure.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
