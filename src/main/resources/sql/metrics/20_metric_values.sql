-- Every agency-level metric in one long table, for peer comparison and trends: one row per disclosure and
-- metric, with its value, unit and the view that defines it (docs/metrics.md). NULL values (no rate) are kept
-- out: a metric that cannot be computed is absent here and explained in its own view.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- metric_values); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.metric_values_live;
CREATE OR REPLACE TEMP VIEW metric_values_live AS
WITH v(disclosure_id, metric, value, unit, defined_in) AS (
    SELECT disclosure_id, 'execution_rate_pct', rate_pct, '%', 'execution_rates' FROM execution_rates
    WHERE basis = 'final_vs_initial_budget' AND level = 'agency'
    UNION ALL
    SELECT disclosure_id, 'execution_rate_vs_budget_disclosure_pct', rate_pct, '%', 'execution_rates'
    FROM execution_rates WHERE basis = 'final_vs_budget_disclosure' AND level = 'agency'
    UNION ALL
    SELECT disclosure_id, 'self_evaluated_execution_pct', rate_pct, '%', 'execution_rates' FROM execution_rates
    WHERE basis = 'self_evaluation' AND level = 'agency' AND line_code = 'funds_total'
    UNION ALL
    SELECT disclosure_id, 'personnel_share_of_basic_pct', share_of_basic_pct, '%', 'personnel_shares'
    FROM personnel_shares
    UNION ALL
    SELECT disclosure_id, 'personnel_share_of_total_pct', share_of_total_pct, '%', 'personnel_shares'
    FROM personnel_shares
    UNION ALL
    SELECT disclosure_id, 'public_costs_per_head', public_costs_per_head, '万元/人', 'personnel_shares'
    FROM personnel_shares
    UNION ALL
    SELECT disclosure_id, 'project_share_pct', project_share_pct, '%', 'spending_structure' FROM spending_structure
    UNION ALL
    SELECT disclosure_id, 'carryover_pct', carryover_pct, '%', 'carryover_rates' FROM carryover_rates
    UNION ALL
    SELECT disclosure_id, 'admin_running', admin_running, '万元', 'admin_running_costs' FROM admin_running_costs
    UNION ALL
    SELECT disclosure_id, 'admin_running_change_pct', change_pct, '%', 'admin_running_costs'
    FROM admin_running_costs
    UNION ALL
    SELECT disclosure_id, 'procurement_sme_share_pct', sme_share_pct, '%', 'procurement_shares'
    FROM procurement_shares
    UNION ALL
    SELECT source_disclosure, 'three_public_total', amount, '万元', 'three_public' FROM three_public
    WHERE component = 'total' AND phase IN ('final', 'budget') AND source_disclosure IN (
        SELECT disclosure_id FROM disclosure_dims dd WHERE dd.fiscal_year = three_public.fiscal_year)
    UNION ALL
    SELECT source_disclosure, 'three_public_change_pct', change_pct, '%', 'three_public' FROM three_public
    WHERE component = 'total' AND phase IN ('final', 'budget') AND source_disclosure IN (
        SELECT disclosure_id FROM disclosure_dims dd WHERE dd.fiscal_year = three_public.fiscal_year)
    UNION ALL
    SELECT disclosure_id, 'self_evaluation_score', score, '分', 'performance_scores' FROM performance_scores
    WHERE level = 'department'
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level, d.scope,
       v.disclosure_id, d.agency_id, d.fiscal_year, d.kind, v.metric, v.value, v.unit, v.defined_in
FROM v
JOIN disclosure_dims d USING (disclosure_id)
WHERE v.value IS NOT NULL;

-- Materialized: metric_values reads a stored copy of metric_values_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE metric_values_store AS SELECT * FROM metric_values_live;
-- audit_flag: the disclosure has an error-severity audit finding in a table the metric reads; unproven_flag: a
-- figure of such a table was booked unproven or failed by the extractor.
CREATE OR REPLACE VIEW metric_values AS
WITH m AS (
    SELECT *, CASE defined_in
        WHEN 'execution_rates' THEN ['gpb_expenditure', 'perf_dept', 'perf_project']
        WHEN 'personnel_shares' THEN ['gpb_basic', 'gpb_expenditure', 'expenditure', 'summary']
        WHEN 'spending_structure' THEN ['expenditure'] WHEN 'carryover_rates' THEN ['summary']
        WHEN 'admin_running_costs' THEN ['admin_running'] WHEN 'procurement_shares' THEN ['procurement']
        WHEN 'three_public' THEN ['three_public'] ELSE ['perf_dept', 'perf_project'] END AS input_tables
    FROM metric_values_store
)
SELECT m.* EXCLUDE (input_tables), audit_flagged(m.disclosure_id, m.input_tables) AS audit_flag,
       unproven_flagged(m.disclosure_id, m.input_tables) AS unproven_flag
FROM m;

COMMENT ON VIEW metric_values IS 'Every agency-level metric in one long table (metric, value, unit), for peer comparison. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'metric_values').
COMMENT ON COLUMN metric_values.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN metric_values.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN metric_values.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN metric_values.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN metric_values.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN metric_values.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN metric_values.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN metric_values.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN metric_values.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN metric_values.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN metric_values.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN metric_values.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN metric_values.metric IS 'The metric (docs/metrics.md): execution_rate_pct, personnel_share_of_basic_pct, three_public_total, …';
COMMENT ON COLUMN metric_values.value IS 'The metric''s value in unit (%, 万元, 万元/人, 分), 2 decimals. Never NULL: a metric that cannot be computed is absent (its own view says why). Never sum rates.';
COMMENT ON COLUMN metric_values.unit IS 'Unit of value: %, 万元, 万元/人 or 分.';
COMMENT ON COLUMN metric_values.defined_in IS 'The view that defines the metric (and says why it is missing where it is).';
COMMENT ON COLUMN metric_values.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN metric_values.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
