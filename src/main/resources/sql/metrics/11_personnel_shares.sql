-- Personnel cost share, two definitions side by side (there is no official one):
--   share_of_basic_pct = 人员经费 ÷ 基本支出 (一般公共预算财政拨款基本支出)
--   share_of_total_pct = 人员经费 ÷ 本年支出合计
-- and 公用经费 per head = 公用经费 ÷ 实有人数 (万元 per person) where the headcount is stated.
-- 人员经费 / 公用经费 / 基本支出 come from the basic-expenditure table (gpb_basic line total) or the narrative
-- filed there; 基本支出 falls back to the basic column of the 一般公共预算 table, then of the 支出 table;
-- 本年支出合计 is the 支出 table's total, else the summary table's. A missing input gives NULL, not 0.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- personnel_shares); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.personnel_shares_live;
CREATE OR REPLACE TEMP VIEW personnel_shares_live AS
WITH pick AS (
    SELECT disclosure_id,
           max(amount) FILTER (WHERE table_id = 'gpb_basic' AND line_code = 'total' AND measure = 'personnel')
               AS personnel,
           max(amount) FILTER (WHERE table_id = 'gpb_basic' AND line_code = 'total' AND measure = 'public')
               AS public_costs,
           coalesce(max(amount) FILTER (WHERE table_id = 'gpb_basic' AND line_code = 'total' AND measure = 'total'),
                    max(amount) FILTER (WHERE table_id = 'gpb_expenditure' AND line_code = 'total'
                                          AND measure = 'basic'),
                    max(amount) FILTER (WHERE table_id = 'expenditure' AND line_code = 'total'
                                          AND measure = 'basic')) AS basic,
           coalesce(max(amount) FILTER (WHERE table_id = 'expenditure' AND line_code = 'total'
                                          AND measure = 'total'),
                    max(amount) FILTER (WHERE table_id = 'summary' AND line_code = 'expenditure_total'
                                          AND measure = 'total')) AS total_expenditure,
           bool_or(conflicting) FILTER (WHERE (table_id = 'gpb_basic' AND measure IN ('personnel', 'public', 'total'))
                                          OR (table_id IN ('gpb_expenditure', 'expenditure') AND measure = 'basic')
                                          OR (table_id IN ('expenditure', 'summary') AND measure = 'total'
                                              AND line_code IN ('total', 'expenditure_total'))) AS inputs_conflict
    FROM figures
    WHERE kind IN ('budget', 'final') AND detail = ''
      AND ((table_id = 'gpb_basic' AND line_code = 'total')
           OR (table_id IN ('gpb_expenditure', 'expenditure') AND line_code = 'total')
           OR (table_id = 'summary' AND line_code = 'expenditure_total'))
    GROUP BY disclosure_id
), staff AS (
    -- the agency's own 实有人数 (detail blank), the table's before the narrative's, then the first stated
    SELECT d.disclosure_id,
           arg_min(f.value, (CASE f.origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END)::BIGINT
                            * 1000000000 + f.source_line) AS staff
    FROM fact f JOIN disclosure d USING (disclosure_key)
    WHERE f.table_id = 'org' AND f.line_code = 'staff_actual' AND f.measure = 'count' AND f.stat = ''
      AND f.detail = '' AND f.value IS NOT NULL
    GROUP BY d.disclosure_id
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       d.scope,
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind,
       money2(p.personnel) AS personnel, money2(p.basic) AS basic,
       money2(p.total_expenditure) AS total_expenditure,
       pct_of(p.personnel, p.basic) AS share_of_basic_pct,
       pct_of(p.personnel, p.total_expenditure) AS share_of_total_pct,
       money2(p.public_costs) AS public_costs, s.staff, ratio2(p.public_costs, s.staff) AS public_costs_per_head,
       '人员经费 ÷ 基本支出; 人员经费 ÷ 本年支出合计; 公用经费 ÷ 实有人数 (万元/人)' AS formula,
       coalesce(p.inputs_conflict, false) AS inputs_conflict
FROM pick p
JOIN disclosure_dims d USING (disclosure_id)
LEFT JOIN staff s USING (disclosure_id);

-- Materialized: personnel_shares reads a stored copy of personnel_shares_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE personnel_shares_store AS SELECT * FROM personnel_shares_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW personnel_shares AS
SELECT *, audit_flagged(disclosure_id, ['gpb_basic', 'gpb_expenditure', 'expenditure', 'summary']) AS audit_flag,
       unproven_flagged(disclosure_id, ['gpb_basic', 'gpb_expenditure', 'expenditure', 'summary']) AS unproven_flag FROM personnel_shares_store;

COMMENT ON VIEW personnel_shares IS '人员经费 ÷ 基本支出 and 人员经费 ÷ 本年支出合计, and 公用经费 per head. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'personnel_shares').
COMMENT ON COLUMN personnel_shares.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN personnel_shares.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN personnel_shares.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN personnel_shares.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN personnel_shares.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN personnel_shares.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN personnel_shares.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN personnel_shares.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN personnel_shares.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN personnel_shares.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN personnel_shares.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN personnel_shares.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN personnel_shares.personnel IS '人员经费 (基本支出表 人员经费合计, or the narrative''s), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN personnel_shares.basic IS '基本支出 (基本支出表 total, else the 一般公共预算 or 支出 table''s basic column), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN personnel_shares.total_expenditure IS '本年支出合计 (支出表 total, else the summary table''s), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN personnel_shares.share_of_basic_pct IS '人员经费 ÷ 基本支出 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN personnel_shares.share_of_total_pct IS '人员经费 ÷ 本年支出合计 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN personnel_shares.public_costs IS '公用经费 (基本支出表), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN personnel_shares.staff IS '实有人数 (persons, 部门概况), as stated. Blank (NULL) = not stated.';
COMMENT ON COLUMN personnel_shares.public_costs_per_head IS '公用经费 ÷ 实有人数, in 万元 per person, 2 decimals. Blank = the headcount or 公用经费 is not stated.';
COMMENT ON COLUMN personnel_shares.formula IS 'The formula of the row''s metric, in words (docs/metrics.md).';
COMMENT ON COLUMN personnel_shares.inputs_conflict IS 'True when an input is stated twice with different values (a narrative against its table); the table''s value is used.';
COMMENT ON COLUMN personnel_shares.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN personnel_shares.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
