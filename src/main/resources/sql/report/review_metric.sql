-- description: District review: one metric of metric_values for the agencies of one fiscal year, disclosure kind and
--   scope in the report's region and sector, each with its rank among them (1 = highest), their median and
--   quartiles and a Tukey outlier flag (below Q1 − 1.5 × IQR or above Q3 + 1.5 × IQR; at least 4 agencies).
--   The peers are every agency the report selects. For 三公 growth the base (上年“三公”经费) and the change in 万元
--   are listed, and a base below the minimum ($8, 万元) keeps the row out of the ranking, the median and the fences
--   (a rate on a tiny base is no outlier: +4,020 % of 0.48 万元 is 19.3 万元). Sorted by the end that concerns
--   oversight first ($7 'low': lowest value first; 'high': highest first), ties by agency name, then agency id;
--   rows kept out of the ranking last.
-- parameters: $1 year, $2 region code prefix (NULL: all), $3 sector (NULL: all), $4 metric, $5 kind, $6 scope,
--   $7 concern (low / high), $8 minimum base in 万元 (NULL: none)
WITH sel AS (
    SELECT m.agency_id, m.agency_name, m.region_code, m.sector, m.disclosure_id, m.value, m.unit, m.audit_flag,
           m.unproven_flag, CAST(tp.prior_year_amount AS DECIMAL(18, 2)) AS base,
           CAST(tp.change AS DECIMAL(18, 2)) AS change
    FROM metric_values m
    LEFT JOIN three_public tp
           ON m.metric = 'three_public_change_pct' AND tp.source_disclosure = m.disclosure_id
          AND tp.fiscal_year = m.fiscal_year AND tp.component = 'total' AND tp.phase IN ('final', 'budget')
    WHERE m.fiscal_year = $1 AND m.metric = $4 AND m.kind = $5 AND m.scope = $6
      AND ($2 IS NULL OR starts_with(m.region_code, $2))
      AND ($3 IS NULL OR m.sector = $3)
), marked AS (
    SELECT *, ($8 IS NULL OR base IS NULL OR base >= $8) AS ranked FROM sel
), stats AS (
    SELECT count(*) AS peers,
           quantile2(value, 0.25) AS q1, median2(value) AS median, quantile2(value, 0.75) AS q3
    FROM marked WHERE ranked
)
SELECT s.agency_name, s.region_code, s.sector, s.value, s.unit, s.base, s.change, s.ranked,
       CASE WHEN s.ranked THEN rank() OVER (PARTITION BY s.ranked ORDER BY s.value DESC) END AS rank,
       st.peers, st.median, st.q1, st.q3,
       CASE WHEN NOT s.ranked THEN '基数低于' || CAST($8 AS VARCHAR) || '万元，不排序'
            WHEN st.peers < 4 THEN '同组不足4个，不判断'
            WHEN s.value < st.q1 - 1.5 * (st.q3 - st.q1) THEN '偏低离群'
            WHEN s.value > st.q3 + 1.5 * (st.q3 - st.q1) THEN '偏高离群'
            ELSE '组内' END AS outlier,
       s.audit_flag, s.unproven_flag, s.disclosure_id, s.agency_id
FROM marked s
CROSS JOIN stats st
ORDER BY s.ranked DESC, CASE WHEN $7 = 'low' THEN s.value ELSE -s.value END, s.agency_name, s.agency_id;
