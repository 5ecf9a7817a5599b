-- 绩效自评 scores next to execution rates: the whole department's overall score and each project's, as scored
-- in the tables (and as stated in the narrative, when it states one), with the self-evaluated execution rate.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- performance_scores); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.performance_scores_live;
CREATE OR REPLACE TEMP VIEW performance_scores_live AS
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
       d.scope,
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

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'performance_scores').
COMMENT ON COLUMN performance_scores.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN performance_scores.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN performance_scores.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN performance_scores.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN performance_scores.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN performance_scores.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN performance_scores.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN performance_scores.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN performance_scores.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN performance_scores.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN performance_scores.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN performance_scores.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN performance_scores.level IS 'department (the whole department''s self-evaluation) or project (one project, see project). A department''s score is not a sum of its projects''.';
COMMENT ON COLUMN performance_scores.project IS 'The project''s name for level project; empty for the department.';
COMMENT ON COLUMN performance_scores.score IS 'The self-evaluation score (分, out of 100): the table''s, else the narrative''s. Blank (NULL) = not stated.';
COMMENT ON COLUMN performance_scores.table_score IS 'The score in the 绩效自评 table (分). Blank (NULL) = not stated.';
COMMENT ON COLUMN performance_scores.narrative_score IS 'The score the narrative states (分). Blank (NULL) = not stated.';
COMMENT ON COLUMN performance_scores.narrative_contradicts_table IS 'True when the narrative states another score than the table.';
COMMENT ON COLUMN performance_scores.execution_rate_pct IS 'The self-evaluated execution rate, 全年执行数 ÷ 全年预算数 × 100, in %, 2 decimals. Blank = not stated.';
COMMENT ON COLUMN performance_scores.executed IS '全年执行数, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN performance_scores.budget IS '全年预算数, 万元, DECIMAL(18,2), rounded half away from zero to 0.01 万元. Blank (NULL) = not stated.';
COMMENT ON COLUMN performance_scores.audit_flag IS 'True when the audit has an error-severity finding in this disclosure in a table the row''s figures come from (docs/rules.md); read at query time.';
COMMENT ON COLUMN performance_scores.unproven_flag IS 'True when a figure of a table the row reads was booked unproven or failed by the extractor (docs/extraction.md); false for figures written by hand.';
