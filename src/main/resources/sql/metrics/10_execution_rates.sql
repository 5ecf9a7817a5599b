-- Execution rate, three bases, every row with its formula, its inputs and where they are:
--   final_vs_initial_budget  决算数 ÷ 年初预算数 of 一般公共预算财政拨款支出, both stated by the same 决算 disclosure
--                            (the narrative's "完成年初预算"); per agency (line total) and per function line.
--   final_vs_budget_disclosure  the 决算's 决算数 ÷ the 预算数 of the same agency's 预算 disclosure of that year.
--   self_evaluation          全年执行数 ÷ 全年预算数 from the 绩效自评 tables or report: whole department
--                            (funds_total), its basic and project spending, each project.
-- A missing or zero budget gives no rate (rate_pct NULL) and says why in no_rate_reason; never 0% or infinity.
-- inputs_conflict is true when an input is stated twice with different values (see figures.conflicting).
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- execution_rates); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.execution_rates_live;
CREATE OR REPLACE TEMP VIEW execution_rates_live AS
WITH final AS (
    SELECT * FROM figures WHERE kind = 'final' AND table_id = 'gpb_expenditure' AND measure = 'total'
), own_budget AS (
    SELECT * FROM figures WHERE table_id = 'gpb_expenditure' AND measure = 'budget_initial'
), budget_disclosure AS (
    SELECT * FROM figures WHERE kind = 'budget' AND table_id = 'gpb_expenditure' AND measure = 'total'
), self_executed AS (
    SELECT * FROM figures
    WHERE table_id IN ('perf_dept', 'perf_project') AND measure = 'executed'
      AND line_code IN ('funds_total', 'basic', 'project')
), self_budget AS (
    SELECT * FROM figures WHERE table_id IN ('perf_dept', 'perf_project') AND measure = 'budget_full_year'
), rates AS (
    SELECT f.disclosure_id, f.agency_id, f.fiscal_year, f.kind, 'final_vs_initial_budget' AS basis,
           CASE WHEN f.line_code = 'total' THEN 'agency' ELSE 'function_line' END AS level,
           f.line_code, f.line_name, f.detail, f.amount AS executed, b.amount AS budget,
           '决算数 ÷ 年初预算数, 一般公共预算财政拨款支出, same 决算 disclosure' AS formula,
           figure_source(f.table_id, f.line_code, f.measure, f.origin, f.source_line) AS executed_source,
           figure_source(b.table_id, b.line_code, b.measure, b.origin, b.source_line) AS budget_source,
           f.conflicting OR coalesce(b.conflicting, false) AS inputs_conflict,
           'no 年初预算 stated for this line' AS missing_budget_reason
    FROM final f
    LEFT JOIN own_budget b
           ON b.disclosure_id = f.disclosure_id AND b.line_code = f.line_code AND b.detail = f.detail
    WHERE f.line_code = 'total' OR b.amount IS NOT NULL
    UNION ALL
    SELECT f.disclosure_id, f.agency_id, f.fiscal_year, f.kind, 'final_vs_budget_disclosure',
           CASE WHEN f.line_code = 'total' THEN 'agency' ELSE 'function_line' END,
           f.line_code, f.line_name, f.detail, f.amount, b.amount,
           '决算数 ÷ 预算数 of the same agency''s 预算 disclosure of that year, 一般公共预算财政拨款支出',
           figure_source(f.table_id, f.line_code, f.measure, f.origin, f.source_line),
           b.disclosure_id || ' ' || figure_source(b.table_id, b.line_code, b.measure, b.origin, b.source_line),
           f.conflicting OR b.conflicting, NULL
    FROM final f
    JOIN budget_disclosure b
      ON b.agency_id = f.agency_id AND b.fiscal_year = f.fiscal_year AND b.line_code = f.line_code
     AND b.detail = f.detail
    UNION ALL
    SELECT e.disclosure_id, e.agency_id, e.fiscal_year, e.kind, 'self_evaluation',
           CASE WHEN e.table_id = 'perf_project' AND e.detail <> '' THEN 'project'
                WHEN e.table_id = 'perf_project' OR e.line_code = 'project' THEN 'projects'
                WHEN e.line_code = 'basic' THEN 'basic'
                ELSE 'agency' END,
           e.line_code, e.line_name, e.detail, e.amount, b.amount,
           '全年执行数 ÷ 全年预算数, 绩效自评',
           figure_source(e.table_id, e.line_code, e.measure, e.origin, e.source_line),
           figure_source(b.table_id, b.line_code, b.measure, b.origin, b.source_line),
           e.conflicting OR coalesce(b.conflicting, false),
           'no 全年预算数 stated'
    FROM self_executed e
    LEFT JOIN self_budget b
           ON b.disclosure_id = e.disclosure_id AND b.table_id = e.table_id AND b.line_code = e.line_code
          AND b.detail = e.detail
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       d.scope,
       r.disclosure_id, r.agency_id, r.fiscal_year, r.kind, r.basis, r.level,
       CASE WHEN r.level = 'function_line' THEN code_level(r.line_code) END AS function_level,
       r.line_code, r.line_name, r.detail,
       money2(r.executed) AS executed, money2(r.budget) AS budget, pct_of(r.executed, r.budget) AS rate_pct,
       CASE WHEN r.budget IS NULL THEN r.missing_budget_reason
            WHEN r.budget = 0 THEN 'budget is zero: no rate' END AS no_rate_reason,
       r.formula, r.executed_source, r.budget_source, r.inputs_conflict
FROM rates r
JOIN disclosure_dims d USING (disclosure_id);

-- Materialized: execution_rates reads a stored copy of execution_rates_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE execution_rates_store AS SELECT * FROM execution_rates_live;
-- audit_flag: an error-severity audit finding concerns the table this row's figures come from (docs/rules.md);
-- unproven_flag: a figure of that table (and, compared with a 预算 disclosure, of that disclosure's table) was booked
-- unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW execution_rates AS
SELECT *, audit_flagged(disclosure_id, [split_part(executed_source, '.', 1)]) AS audit_flag,
       unproven_flagged(disclosure_id, [split_part(executed_source, '.', 1)])
           -- the budget of another disclosure (final_vs_budget_disclosure: "<disclosure> <table>.<line>.<measure>")
           OR basis = 'final_vs_budget_disclosure'
              AND unproven_flagged(split_part(budget_source, ' ', 1), [split_part(split_part(budget_source, ' ', 2), '.', 1)])
           AS unproven_flag FROM execution_rates_store;

COMMENT ON VIEW execution_rates IS 'Execution rate: 决算数 ÷ 年初预算数 (same disclosure or the 预算 disclosure) and 全年执行数 ÷ 全年预算数 (绩效自评); no rate on a zero or missing budget, with the reason. docs/metrics.md';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'execution_rates').
COMMENT ON COLUMN execution_rates.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN execution_rates.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN execution_rates.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN execution_rates.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN execution_rates.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN execution_rates.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN execution_rates.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN execution_rates.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN execution_rates.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN execution_rates.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN execution_rates.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN execution_rates.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN execution_rates.basis IS 'final_vs_initial_budget (决算数 ÷ 年初预算数, same 决算), final_vs_budget_disclosure (÷ the 预算 disclosure''s 预算数) or self_evaluation (绩效自评 全年执行数 ÷ 全年预算数). Rows of different bases describe the same money: filter one basis before summing.';
COMMENT ON COLUMN execution_rates.level IS 'agency (the whole agency: line total or funds_total), function_line (a 支出功能分类 line, see function_level), basic, projects (all projects) or project (one, see detail). Sum one level only: agency = Σ function lines of one function_level.';
COMMENT ON COLUMN execution_rates.function_level IS 'For level function_line: 类, 款 or 项 of line_code (a 类 is the sum of its 款, a 款 of its 项: sum one function_level only); blank for other levels.';
COMMENT ON COLUMN execution_rates.line_code IS 'total (the agency), a 支出功能分类 code (2101103), or for self_evaluation funds_total, basic, project.';
COMMENT ON COLUMN execution_rates.line_name IS 'The line''s name as published. Blank (NULL) = not stated.';
COMMENT ON COLUMN execution_rates.detail IS 'For level project: the project''s name; empty otherwise.';
COMMENT ON COLUMN execution_rates.executed IS '决算数 / 全年执行数 (numerator), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元.';
COMMENT ON COLUMN execution_rates.budget IS '年初预算数 / 预算数 / 全年预算数 (denominator), 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank = not stated (see no_rate_reason).';
COMMENT ON COLUMN execution_rates.rate_pct IS 'executed ÷ budget × 100, in %, computed on the exact amounts and rounded half away from zero to 2 decimals. Blank = no rate: the budget is not stated or is zero (see no_rate_reason). Never sum rates.';
COMMENT ON COLUMN execution_rates.no_rate_reason IS 'Why rate_pct is blank (no 年初预算 stated for this line; budget is zero: no rate); blank when there is a rate.';
COMMENT ON COLUMN execution_rates.formula IS 'The formula of the row''s metric, in words (docs/metrics.md).';
COMMENT ON COLUMN execution_rates.executed_source IS 'Where executed is: table.line.measure (origin line N).';
COMMENT ON COLUMN execution_rates.budget_source IS 'Where budget is (for final_vs_budget_disclosure preceded by that disclosure''s id). Blank (NULL) = not stated.';
COMMENT ON COLUMN execution_rates.inputs_conflict IS 'True when an input is stated twice with different values (a narrative against its table); the table''s value is used.';
COMMENT ON COLUMN execution_rates.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN execution_rates.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
