-- 绩效自评 scores next to execution rates: the whole department's overall score and each project's, as scored
-- in the tables (and as stated in the narrative, when it states one), with the self-evaluated execution rate.
CREATE OR REPLACE VIEW performance_scores_live AS
WITH scores AS (
    SELECT d.disclosure_id, f.table_id, f.detail,
           min(f.value) FILTER (WHERE f.origin = 'table') AS table_score,
           min(f.value) FILTER (WHERE f.origin = 'narrative') AS narrative_score,
           max(f.value) FILTER (WHERE f.origin = 'narrative') AS narrative_score_max
    FROM fact f JOIN disclosure d USING (disclosure_key)
    WHERE f.table_id IN ('perf_dept', 'perf_project') AND f.line_code = 'overall' AND f.measure = 'score'
      AND f.stat = ''
    GROUP BY ALL
)
SELECT d.agency_name, d.region_code, d.province, d.city, d.county, d.sector, d.admin_level,
       s.disclosure_id, d.agency_id, d.fiscal_year, d.kind,
       CASE WHEN s.table_id = 'perf_dept' THEN 'department' ELSE 'project' END AS level, s.detail AS project,
       coalesce(s.table_score, s.narrative_score) AS score, s.table_score, s.narrative_score,
       s.table_score IS NOT NULL AND s.narrative_score IS NOT NULL
           AND (s.table_score <> s.narrative_score OR s.narrative_score <> s.narrative_score_max)
           AS narrative_contradicts_table,
       e.rate_pct AS execution_rate_pct, e.executed, e.budget
FROM scores s
JOIN disclosure_dims d USING (disclosure_id)
LEFT JOIN execution_rates e
       ON e.disclosure_id = s.disclosure_id AND e.basis = 'self_evaluation'
      AND ((s.table_id = 'perf_dept' AND e.level = 'agency' AND e.line_code = 'funds_total')
           OR (s.table_id = 'perf_project' AND e.level IN ('project', 'projects') AND e.detail = s.detail
               AND e.line_code = 'funds_total'));

-- Materialized: performance_scores reads a stored copy of performance_scores_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE performance_scores_store AS SELECT * FROM performance_scores_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW performance_scores AS
SELECT *, audit_flagged(disclosure_id, ['perf_dept', 'perf_project']) AS audit_flag,
       unproven_flagged(disclosure_id, ['perf_dept', 'perf_project']) AS unproven_flag FROM performance_scores_store;

COMMENT ON VIEW performance_scores IS '绩效自评 scores next to the self-evaluated execution rate. docs/metrics.md';
