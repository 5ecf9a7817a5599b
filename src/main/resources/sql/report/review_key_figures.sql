-- description: District review: each agency's key figures for one fiscal year, disclosure kind and scope in the
--   report's region and sector (amounts in 万元, rates in %), with the number of audit findings on its disclosure
--   and whether a metric of it rests on figures the extractor could not prove (unproven_flag).
--   A blank is a figure the disclosure does not state. Sorted by 本年支出合计, largest first.
-- parameters: $1 year, $2 region code prefix (NULL: all), $3 sector (NULL: all), $4 kind, $5 scope
WITH sel AS (
    SELECT * FROM disclosure_dims
    WHERE fiscal_year = $1 AND kind = $4 AND scope = $5
      AND ($2 IS NULL OR starts_with(region_code, $2))
      AND ($3 IS NULL OR sector = $3)
), m AS (
    SELECT disclosure_id,
           max(value) FILTER (WHERE metric = 'execution_rate_pct') AS execution_rate_pct,
           max(value) FILTER (WHERE metric = 'personnel_share_of_basic_pct') AS personnel_share_of_basic_pct,
           max(value) FILTER (WHERE metric = 'project_share_pct') AS project_share_pct,
           max(value) FILTER (WHERE metric = 'three_public_total') AS three_public_total,
           max(value) FILTER (WHERE metric = 'three_public_change_pct') AS three_public_change_pct,
           max(value) FILTER (WHERE metric = 'admin_running') AS admin_running,
           bool_or(audit_flag) AS audit_flag, bool_or(unproven_flag) AS unproven_flag
    FROM metric_values
    WHERE disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
), t AS (
    SELECT agency_id,
           max(amount) FILTER (WHERE item = 'total_expenditure') AS total_expenditure,
           max(amount) FILTER (WHERE item = 'basic') AS basic,
           max(amount) FILTER (WHERE item = 'project') AS project
    FROM agency_trend
    WHERE fiscal_year = $1 AND phase = CASE WHEN $4 = 'final' THEN 'final' ELSE 'budget' END
      AND agency_id IN (SELECT agency_id FROM sel)
    GROUP BY agency_id
), f AS (
    SELECT disclosure_id, count(*) FILTER (WHERE severity = 'error') AS audit_errors,
           count(*) FILTER (WHERE severity = 'warning') AS audit_warnings
    FROM audit_findings
    WHERE disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
)
SELECT s.agency_name, s.region_code, s.sector,
       CAST(t.total_expenditure AS DECIMAL(18, 2)) AS total_expenditure,
       CAST(t.basic AS DECIMAL(18, 2)) AS basic, CAST(t.project AS DECIMAL(18, 2)) AS project,
       m.execution_rate_pct, m.personnel_share_of_basic_pct, m.project_share_pct,
       m.three_public_total, m.three_public_change_pct, m.admin_running,
       coalesce(f.audit_errors, 0) AS audit_errors, coalesce(f.audit_warnings, 0) AS audit_warnings,
       coalesce(m.audit_flag, false) AS audit_flag, coalesce(m.unproven_flag, false) AS unproven_flag,
       s.disclosure_id
FROM sel s
LEFT JOIN m USING (disclosure_id)
LEFT JOIN t USING (agency_id)
LEFT JOIN f USING (disclosure_id)
ORDER BY t.total_expenditure DESC NULLS LAST, s.agency_name;
