-- Personnel cost share, two definitions side by side (there is no official one):
--   share_of_basic_pct = 人员经费 ÷ 基本支出 (一般公共预算财政拨款基本支出)
--   share_of_total_pct = 人员经费 ÷ 本年支出合计
-- and 公用经费 per head = 公用经费 ÷ 实有人数 (万元 per person) where the headcount is stated.
-- 人员经费 / 公用经费 / 基本支出 come from the basic-expenditure table (gpb_basic line total) or the narrative
-- filed there; 基本支出 falls back to the basic column of the 一般公共预算 table, then of the 支出 table;
-- 本年支出合计 is the 支出 table's total, else the summary table's. A missing input gives NULL, not 0.
CREATE OR REPLACE VIEW personnel_shares_live AS
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
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind,
       p.personnel, p.basic, p.total_expenditure,
       pct_of(p.personnel, p.basic) AS share_of_basic_pct,
       pct_of(p.personnel, p.total_expenditure) AS share_of_total_pct,
       p.public_costs, s.staff, ratio2(p.public_costs, s.staff) AS public_costs_per_head,
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
