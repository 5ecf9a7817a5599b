-- 机关运行经费 (administrative running costs) and its change on the year before. The prior year comes from the
-- agency's disclosure of that year, else from the change this disclosure states (比上年增加/减少, derived).
-- Only 行政单位 and 参公 units report it; it is not comparable with 事业单位 公用经费.
CREATE OR REPLACE VIEW admin_running_costs_live AS
WITH yearly AS (
    SELECT y.agency_id, y.kind, y.figure_year, y.amount, y.origin, y.derivation, y.disclosure_id,
           row_number() OVER (PARTITION BY y.agency_id, y.kind, y.figure_year
                              ORDER BY CASE WHEN d.fiscal_year = y.figure_year THEN 0 ELSE 1 END,
                                       CASE y.origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END,
                                       y.source_line) AS rank
    FROM year_figure_store y JOIN disclosure d USING (disclosure_id)
    WHERE y.table_id = 'admin_running' AND y.line_code = 'total' AND y.measure = 'total' AND y.detail = ''
      AND y.amount IS NOT NULL
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       cur.disclosure_id, cur.agency_id, cur.figure_year AS fiscal_year, cur.kind,
       cur.amount AS admin_running, prior.amount AS prior_year, cur.amount - prior.amount AS change,
       pct_of(cur.amount - prior.amount, prior.amount) AS change_pct,
       prior.disclosure_id || coalesce(' (derived: ' || prior.derivation || ')', '') AS prior_source,
       '机关运行经费; change = this year − prior year; change_pct = change ÷ prior year' AS formula
FROM yearly cur
LEFT JOIN yearly prior
       ON prior.agency_id = cur.agency_id AND prior.kind = cur.kind AND prior.figure_year = cur.figure_year - 1
      AND prior.rank = 1
JOIN disclosure_dims d ON d.disclosure_id = cur.disclosure_id
WHERE cur.rank = 1 AND d.fiscal_year = cur.figure_year;

-- Materialized: admin_running_costs reads a stored copy of admin_running_costs_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE admin_running_costs_store AS SELECT * FROM admin_running_costs_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW admin_running_costs AS
SELECT *, audit_flagged(disclosure_id, ['admin_running']) AS audit_flag,
       unproven_flagged(disclosure_id, ['admin_running']) AS unproven_flag FROM admin_running_costs_store;

COMMENT ON VIEW admin_running_costs IS '机关运行经费 and its change on the prior year. docs/metrics.md';
