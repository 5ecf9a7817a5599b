-- description: District review: one metric of metric_values for the agencies of one fiscal year, disclosure kind and
--   scope in the report's region and sector, each with its rank among them (1 = highest), their median and
--   quartiles and a Tukey outlier flag (below Q1 − 1.5 × IQR or above Q3 + 1.5 × IQR; at least 4 agencies).
--   The peers are every agency the report selects. Sorted by value, lowest first.
-- parameters: $1 year, $2 region code prefix (NULL: all), $3 sector (NULL: all), $4 metric, $5 kind, $6 scope
WITH sel AS (
    SELECT agency_id, agency_name, region_code, sector, disclosure_id, value, unit, audit_flag, unproven_flag
    FROM metric_values
    WHERE fiscal_year = $1 AND metric = $4 AND kind = $5 AND scope = $6
      AND ($2 IS NULL OR starts_with(region_code, $2))
      AND ($3 IS NULL OR sector = $3)
), stats AS (
    SELECT count(*) AS peers,
           quantile2(value, 0.25) AS q1, median2(value) AS median, quantile2(value, 0.75) AS q3
    FROM sel
)
SELECT s.agency_name, s.region_code, s.sector, s.value, s.unit,
       rank() OVER (ORDER BY s.value DESC) AS rank, st.peers, st.median, st.q1, st.q3,
       CASE WHEN st.peers < 4 THEN '同组不足4个，不判断'
            WHEN s.value < st.q1 - 1.5 * (st.q3 - st.q1) THEN '偏低离群'
            WHEN s.value > st.q3 + 1.5 * (st.q3 - st.q1) THEN '偏高离群'
            ELSE '组内' END AS outlier,
       s.audit_flag, s.unproven_flag, s.disclosure_id, s.agency_id
FROM sel s
CROSS JOIN stats st
ORDER BY s.value, s.agency_id;
