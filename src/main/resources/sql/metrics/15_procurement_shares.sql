-- 政府采购: total, goods / works / services, and the shares awarded (决算) or reserved (预算) to 中小企业 and to
-- 小微企业, both ÷ 政府采购支出总额; small_micro_of_sme_pct = 小微企业 ÷ 中小企业.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- procurement_shares); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.procurement_shares_live;
CREATE OR REPLACE TEMP VIEW procurement_shares_live AS
WITH pick AS (
    SELECT disclosure_id,
           max(amount) FILTER (WHERE line_code = 'total') AS procurement_total,
           max(amount) FILTER (WHERE line_code = 'goods') AS goods,
           max(amount) FILTER (WHERE line_code = 'works') AS works,
           max(amount) FILTER (WHERE line_code = 'services') AS services,
           max(amount) FILTER (WHERE line_code = 'sme') AS sme,
           max(amount) FILTER (WHERE line_code = 'small_micro') AS small_micro
    FROM figures
    WHERE table_id = 'procurement' AND measure = 'total' AND detail = ''
    GROUP BY disclosure_id
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       d.scope,
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind, money2(p.procurement_total) AS procurement_total,
       money2(p.goods) AS goods, money2(p.works) AS works, money2(p.services) AS services, money2(p.sme) AS sme,
       money2(p.small_micro) AS small_micro, pct_of(p.sme, p.procurement_total) AS sme_share_pct,
       pct_of(p.small_micro, p.procurement_total) AS small_micro_share_pct,
       pct_of(p.small_micro, p.sme) AS small_micro_of_sme_pct,
       '中小企业 ÷ 政府采购支出总额; 小微企业 ÷ 政府采购支出总额; 小微企业 ÷ 中小企业' AS formula
FROM pick p
JOIN disclosure_dims d USING (disclosure_id);

-- Materialized: procurement_shares reads a stored copy of procurement_shares_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE procurement_shares_store AS SELECT * FROM procurement_shares_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW procurement_shares AS
SELECT *, audit_flagged(disclosure_id, ['procurement']) AS audit_flag,
       unproven_flagged(disclosure_id, ['procurement']) AS unproven_flag FROM procurement_shares_store;

COMMENT ON VIEW procurement_shares IS '政府采购 total and the shares of 中小企业 and 小微企业. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'procurement_shares').
COMMENT ON COLUMN procurement_shares.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN procurement_shares.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN procurement_shares.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN procurement_shares.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN procurement_shares.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN procurement_shares.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN procurement_shares.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN procurement_shares.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN procurement_shares.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN procurement_shares.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN procurement_shares.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN procurement_shares.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN procurement_shares.procurement_total IS '政府采购支出总额, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN procurement_shares.goods IS '货物, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN procurement_shares.works IS '工程, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN procurement_shares.services IS '服务, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN procurement_shares.sme IS 'Awarded (决算) or reserved (预算) to 中小企业, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN procurement_shares.small_micro IS 'Of it, to 小微企业, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN procurement_shares.sme_share_pct IS '中小企业 ÷ 政府采购支出总额 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN procurement_shares.small_micro_share_pct IS '小微企业 ÷ 政府采购支出总额 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN procurement_shares.small_micro_of_sme_pct IS '小微企业 ÷ 中小企业 × 100, in %, 2 decimals. Blank = an input is not stated or zero.';
COMMENT ON COLUMN procurement_shares.formula IS 'The formula of the row''s metric, in words (docs/metrics.md).';
COMMENT ON COLUMN procurement_shares.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN procurement_shares.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
