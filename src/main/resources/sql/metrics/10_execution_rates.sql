-- Execution rate, three bases, every row with its formula, its inputs and where they are:
--   final_vs_initial_budget  决算数 ÷ 年初预算数 of 一般公共预算财政拨款支出, both stated by the same 决算 disclosure
--                            (the narrative's "完成年初预算"); per agency (line total) and per function line.
--   final_vs_budget_disclosure  the 决算's 决算数 ÷ the 预算数 of the same agency's 预算 disclosure of that year.
--   self_evaluation          全年执行数 ÷ 全年预算数 from the 绩效自评 tables or report: whole department
--                            (funds_total), its basic and project spending, each project.
-- A missing or zero budget gives no rate (rate_pct NULL) and says why in no_rate_reason; never 0% or infinity.
-- inputs_conflict is true when an input is stated twice with different values (see figures.conflicting).
CREATE OR REPLACE VIEW execution_rates_live AS
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
       r.disclosure_id, r.agency_id, r.fiscal_year, r.kind, r.basis, r.level, r.line_code, r.line_name, r.detail,
       r.executed, r.budget, pct_of(r.executed, r.budget) AS rate_pct,
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
