-- description: The agencies the district review flags for oversight — the one place that rule is written. An agency
--   of the review (one fiscal year, disclosure kind and scope in the report's region and sector) is flagged when its
--   disclosure has at least one concern:
--     - 预算执行率 below the threshold ($6, %), or a Tukey outlier among its peers (either side);
--     - 人员经费占基本支出比例, “三公”经费 or “三公”经费比上年增长 a Tukey outlier among its peers (either side), the
--       growth only on a base (上年“三公”经费) of at least $7 万元, as the review ranks it;
--     - an error-severity audit finding.
--   Tukey outlier: below Q1 − 1.5 × IQR or above Q3 + 1.5 × IQR of the peers' values, at least 4 peers (as
--   review_metric.sql draws it). One row per flagged agency, with its concerns in words; ordered by how many
--   concerns, then error findings, then 本年支出合计 (largest first), then name and id — position 1 first.
-- parameters: $1 year, $2 region code prefix (NULL: all), $3 sector (NULL: all), $4 kind, $5 scope,
--   $6 execution rate threshold (%), $7 minimum 三公 base (万元)
WITH sel AS (
    SELECT * FROM disclosure_dims
    WHERE fiscal_year = $1 AND kind = $4 AND scope = $5
      AND ($2 IS NULL OR starts_with(region_code, $2))
      AND ($3 IS NULL OR sector = $3)
), metrics(metric, title, ord) AS (
    VALUES ('execution_rate_pct', '预算执行率', 1), ('personnel_share_of_basic_pct', '人员经费占基本支出比例', 2),
           ('three_public_total', '“三公”经费', 3), ('three_public_change_pct', '“三公”经费比上年增长', 4)
), v AS (
    SELECT m.disclosure_id, m.metric, k.title, k.ord, m.value
    FROM metric_values m
    JOIN metrics k USING (metric)
    LEFT JOIN three_public tp
           ON m.metric = 'three_public_change_pct' AND tp.source_disclosure = m.disclosure_id
          AND tp.fiscal_year = m.fiscal_year AND tp.component = 'total' AND tp.phase IN ('final', 'budget')
    WHERE m.disclosure_id IN (SELECT disclosure_id FROM sel)
      AND (tp.prior_year_amount IS NULL OR tp.prior_year_amount >= $7)
), stats AS (
    SELECT metric, count(*) AS peers, quantile2(value, 0.25) AS q1, quantile2(value, 0.75) AS q3
    FROM v GROUP BY metric
), concern AS (
    SELECT v.disclosure_id, v.ord,
           CASE WHEN s.peers >= 4 AND v.value < s.q1 - 1.5 * (s.q3 - s.q1) THEN v.title || '偏低离群'
                WHEN s.peers >= 4 AND v.value > s.q3 + 1.5 * (s.q3 - s.q1) THEN v.title || '偏高离群'
                WHEN v.metric = 'execution_rate_pct' AND v.value < $6
                    THEN v.title || '低于' || CAST($6 AS VARCHAR) || '%'
           END AS reason
    FROM v JOIN stats s USING (metric)
    UNION ALL
    SELECT disclosure_id, 9, '审核错误' || count(*) || '条'
    FROM audit_findings
    WHERE severity = 'error' AND disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
), reasons AS (
    SELECT disclosure_id, count(*) AS concerns, string_agg(reason, '；' ORDER BY ord) AS reasons
    FROM concern WHERE reason IS NOT NULL
    GROUP BY disclosure_id
), errors AS (
    SELECT disclosure_id, count(*) AS audit_errors FROM audit_findings
    WHERE severity = 'error' AND disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
), size AS (
    SELECT agency_id, max(amount) AS total_expenditure FROM agency_trend
    WHERE fiscal_year = $1 AND item = 'total_expenditure'
      AND phase = CASE WHEN $4 = 'final' THEN 'final' ELSE 'budget' END
      AND agency_id IN (SELECT agency_id FROM sel)
    GROUP BY agency_id
)
SELECT row_number() OVER (ORDER BY r.concerns DESC, coalesce(e.audit_errors, 0) DESC,
                                   z.total_expenditure DESC NULLS LAST, s.agency_name, s.agency_id) AS position,
       s.agency_name, s.region_code, r.concerns, r.reasons, coalesce(e.audit_errors, 0) AS audit_errors,
       CAST(z.total_expenditure AS DECIMAL(18, 2)) AS total_expenditure, s.disclosure_id, s.agency_id
FROM sel s
JOIN reasons r USING (disclosure_id)
LEFT JOIN errors e USING (disclosure_id)
LEFT JOIN size z USING (agency_id)
ORDER BY position;
