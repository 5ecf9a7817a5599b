-- description: Every metric of metric_values ranked within its peer group (same year, same kind — 预算 or 决算
--   are never mixed — same scope, 本级 or 汇总, and the same province / city / sector / administrative level as
--   chosen with --peers), with the peers' median and quartiles and a
--   robust outlier flag: below Q1 − 1.5 × IQR or above Q3 + 1.5 × IQR (at least 4 peers needed). Rank 1 is the
--   highest value. --agency only picks the rows shown; the peers are everyone the other filters keep.
-- parameters: $1 year, $2 agency, $3 region code prefix, $4 sector, $5 metric, $6 by province, $7 by city,
--   $8 by sector, $9 by admin level
WITH peers AS (
    SELECT *,
           concat_ws(' / ', CASE WHEN $6 THEN province END, CASE WHEN $7 THEN city END,
                     CASE WHEN $8 THEN sector END, CASE WHEN $9 THEN admin_level END) AS peer_group
    FROM metric_values
    WHERE ($1 IS NULL OR fiscal_year = $1)
      AND ($3 IS NULL OR starts_with(region_code, $3))
      AND ($4 IS NULL OR sector = $4)
      AND ($5 IS NULL OR metric = $5)
), stats AS (
    SELECT metric, fiscal_year, kind, scope, peer_group, count(*) AS peers,
           quantile2(value, 0.25) AS q1, median2(value) AS median, quantile2(value, 0.75) AS q3
    FROM peers
    GROUP BY metric, fiscal_year, kind, scope, peer_group
), ranked AS (
    SELECT p.*, s.peers, s.q1, s.median, s.q3,
           rank() OVER (PARTITION BY p.metric, p.fiscal_year, p.kind, p.scope, p.peer_group
                        ORDER BY p.value DESC) AS rank
    FROM peers p
    JOIN stats s USING (metric, fiscal_year, kind, scope, peer_group)
)
SELECT metric, fiscal_year, kind, scope, coalesce(nullif(peer_group, ''), 'all') AS peer_group, agency_name,
       value, unit,
       rank, peers, median, q1, q3,
       CASE WHEN peers < 4 THEN 'too few peers to judge (n < 4)'
            WHEN value < q1 - 1.5 * (q3 - q1) THEN 'low outlier'
            WHEN value > q3 + 1.5 * (q3 - q1) THEN 'high outlier'
            ELSE 'within peers' END AS outlier,
       disclosure_id, region_code, defined_in
FROM ranked
WHERE ($2 IS NULL OR agency_id = $2 OR contains(agency_name, $2))
ORDER BY metric, fiscal_year, kind, scope, peer_group, rank, agency_name;
