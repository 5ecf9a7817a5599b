-- Basic / project split of 本年支出合计 (支出表 line total): shares in percent of the total.
CREATE OR REPLACE VIEW spending_structure_live AS
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
       p.disclosure_id, d.agency_id, d.fiscal_year, d.kind, p.total_expenditure, p.basic, p.project,
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
