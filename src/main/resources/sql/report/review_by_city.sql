-- description: District review aggregated by prefecture (city; the province where a disclosure has no city): how
--   many agencies, their median execution rate and personnel share, and 三公 summed with its change on the prior
--   year, for one fiscal year, disclosure kind and scope in the report's region and sector.
-- parameters: $1 year, $2 region code prefix (NULL: all), $3 sector (NULL: all), $4 kind, $5 scope
WITH sel AS (
    SELECT coalesce(nullif(city, ''), province) AS area, province, metric, value, agency_id
    FROM metric_values
    WHERE fiscal_year = $1 AND kind = $4 AND scope = $5
      AND ($2 IS NULL OR starts_with(region_code, $2))
      AND ($3 IS NULL OR sector = $3)
), prior AS (
    SELECT coalesce(nullif(t.city, ''), t.province) AS area, t.province,
           sum(t.prior_year_amount) AS prior_total, sum(t.amount) AS total_with_prior
    FROM three_public t
    JOIN agency a USING (agency_id)
    WHERE t.fiscal_year = $1 AND t.component = 'total' AND t.prior_year_amount IS NOT NULL
      AND t.phase = CASE WHEN $4 = 'final' THEN 'final' ELSE 'budget' END AND a.scope = $5
      AND ($2 IS NULL OR starts_with(t.region_code, $2))
      AND ($3 IS NULL OR t.sector = $3)
    GROUP BY 1, 2
), agg AS (
    SELECT area, province, count(DISTINCT agency_id) AS agencies,
           median2(CASE WHEN metric = 'execution_rate_pct' THEN value END) AS median_execution_rate_pct,
           median2(CASE WHEN metric = 'personnel_share_of_basic_pct' THEN value END)
               AS median_personnel_share_of_basic_pct,
           sum(value) FILTER (WHERE metric = 'three_public_total') AS three_public_total
    FROM sel
    GROUP BY area, province
)
SELECT agg.area, agg.province, agg.agencies, agg.median_execution_rate_pct, agg.median_personnel_share_of_basic_pct,
       agg.three_public_total,
       pct_of(p.total_with_prior - p.prior_total, p.prior_total) AS three_public_change_pct
FROM agg
LEFT JOIN prior p USING (area, province)
ORDER BY agg.median_execution_rate_pct NULLS LAST, agg.area;
