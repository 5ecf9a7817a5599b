-- 三公 经费: the total and its components (因公出国（境）, 公务用车购置及运行 and its two parts, 公务接待) per agency,
-- fiscal year and phase:
--   final             决算数 (a 决算's 三公 table or narrative)
--   budget_full_year  全年预算数 (the 决算 table's 预算数 column)
--   budget            预算数 of a 预算 disclosure (年初)
-- with the change on the year before and its rate. A disclosure's narrative change ("比上年增加0.09万元") yields the
-- prior year (1.92 − 0.09 = 1.83, origin derived), so one disclosure already gives two years. Where several
-- disclosures state the same year, the year's own disclosure wins, then a table cell, then the narrative;
-- sources counts them and sources_disagree flags a conflict (the audit checks these).
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- three_public); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.three_public_live;
CREATE OR REPLACE TEMP VIEW three_public_live AS
WITH components(line_code, component_zh, part_of, ord) AS (
    -- part_of: the component this one is a part of (total = abroad + vehicles + reception,
    -- vehicles = vehicle_purchase + vehicle_running), so that a sum over rows counts each 元 once
    VALUES ('total', '“三公”经费合计', NULL, 0), ('abroad', '因公出国（境）费', 'total', 1),
           ('vehicles', '公务用车购置及运行（维护）费', 'total', 2), ('vehicle_purchase', '公务用车购置费', 'vehicles', 3),
           ('vehicle_running', '公务用车运行（维护）费', 'vehicles', 4), ('reception', '公务接待费', 'total', 5)
), stated AS (
    SELECT y.agency_id, y.figure_year, y.line_code, y.amount, y.origin, y.derivation, y.disclosure_id,
           y.source_line, d.fiscal_year AS disclosure_year,
           CASE WHEN y.kind = 'final' AND y.measure = 'total' THEN 'final'
                WHEN y.kind = 'final' AND y.measure = 'budget_full_year' THEN 'budget_full_year'
                WHEN y.kind = 'budget' AND y.measure = 'total' THEN 'budget' END AS phase
    FROM year_figure_store y JOIN disclosure d USING (disclosure_id)
    WHERE y.table_id = 'three_public' AND y.detail = '' AND y.amount IS NOT NULL
      AND y.line_code IN (SELECT line_code FROM components)
), ranked AS (
    SELECT *,
           row_number() OVER w AS rank,
           count(*) OVER (PARTITION BY agency_id, figure_year, phase, line_code) AS sources,
           min(amount) OVER (PARTITION BY agency_id, figure_year, phase, line_code)
               <> max(amount) OVER (PARTITION BY agency_id, figure_year, phase, line_code) AS sources_disagree
    FROM stated
    WHERE phase IS NOT NULL
    WINDOW w AS (PARTITION BY agency_id, figure_year, phase, line_code
                 ORDER BY CASE WHEN disclosure_year = figure_year THEN 0 ELSE 1 END,
                          CASE origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END, source_line)
), chosen AS (
    SELECT * FROM ranked WHERE rank = 1
)
SELECT a.agency_name, a.region_code, a.province, a.city, a.county, a.sector, a.admin_level,
       a.scope,
       c.agency_id, c.figure_year AS fiscal_year, c.phase, c.line_code AS component, k.component_zh, k.part_of,
       money2(c.amount) AS amount, money2(p.amount) AS prior_year_amount, money2(c.amount - p.amount) AS change,
       pct_of(c.amount - p.amount, p.amount) AS change_pct,
       c.disclosure_id AS source_disclosure, c.origin, c.derivation, c.sources, c.sources_disagree,
       '三公经费 (万元); change = this year − prior year; change_pct = change ÷ prior year' AS formula
FROM chosen c
JOIN components k USING (line_code)
LEFT JOIN chosen p
       ON p.agency_id = c.agency_id AND p.phase = c.phase AND p.line_code = c.line_code
      AND p.figure_year = c.figure_year - 1
LEFT JOIN agency a ON a.agency_id = c.agency_id
ORDER BY c.agency_id, c.figure_year, c.phase, k.ord;

-- Materialized: three_public reads a stored copy of three_public_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE three_public_store AS SELECT * FROM three_public_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW three_public AS
SELECT *, audit_flagged(source_disclosure, ['three_public']) AS audit_flag,
       unproven_flagged(source_disclosure, ['three_public']) AS unproven_flag FROM three_public_store;

COMMENT ON VIEW three_public IS '三公 total and components per agency, year and phase, with the prior year and the change. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'three_public').
COMMENT ON COLUMN three_public.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN three_public.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN three_public.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN three_public.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN three_public.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN three_public.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN three_public.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN three_public.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN three_public.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN three_public.fiscal_year IS 'The fiscal year the amount describes (a prior year may come from a later disclosure''s stated change).';
COMMENT ON COLUMN three_public.phase IS 'final (决算数), budget_full_year (the 决算 table''s 全年预算数) or budget (a 预算 disclosure''s 预算数). Different phases describe the same money: never add them.';
COMMENT ON COLUMN three_public.component IS 'total (“三公”经费合计), abroad, vehicles (= vehicle_purchase + vehicle_running), reception.';
COMMENT ON COLUMN three_public.component_zh IS 'The component''s Chinese name.';
COMMENT ON COLUMN three_public.part_of IS 'The component this one is a part of: total for abroad, vehicles and reception; vehicles for vehicle_purchase and vehicle_running; blank for total. Sum the rows with part_of = ''total'' (or total alone), never all rows.';
COMMENT ON COLUMN three_public.amount IS '三公经费 of the component, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元.';
COMMENT ON COLUMN three_public.prior_year_amount IS 'The same component and phase of the year before, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank = not stated anywhere loaded.';
COMMENT ON COLUMN three_public.change IS 'amount − prior_year_amount, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank = no prior year.';
COMMENT ON COLUMN three_public.change_pct IS 'change ÷ prior_year_amount × 100, in %, 2 decimals. Blank = no prior year, or it is zero.';
COMMENT ON COLUMN three_public.source_disclosure IS 'The disclosure the chosen figure comes from (the year''s own disclosure wins over a later one''s prior-year statement).';
COMMENT ON COLUMN three_public.origin IS 'table, narrative, or derived (a prior year implied by a stated change).';
COMMENT ON COLUMN three_public.derivation IS 'For a derived figure, the arithmetic (1.92 - 0.09); blank for a stated figure.';
COMMENT ON COLUMN three_public.sources IS 'How many statements of this figure were found (disclosures, table and narrative).';
COMMENT ON COLUMN three_public.sources_disagree IS 'True when the statements of this amount disagree (the audit checks them).';
COMMENT ON COLUMN three_public.formula IS 'The formula of the row''s metric, in words (docs/metrics.md).';
COMMENT ON COLUMN three_public.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN three_public.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
