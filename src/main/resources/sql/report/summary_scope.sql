-- description: Summary: what the report covers — disclosures and agencies of the region and sector (all years and
--   kinds), their years, and when the data was last loaded (the newest finished ingest run).
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all)
WITH sel AS (
    SELECT * FROM disclosure_dims
    WHERE ($1 IS NULL OR starts_with(region_code, $1))
      AND ($2 IS NULL OR sector = $2)
)
SELECT (SELECT count(*) FROM sel) AS disclosures,
       (SELECT count(DISTINCT agency_id) FROM sel) AS agencies,
       (SELECT min(fiscal_year) FROM sel) AS first_year,
       (SELECT max(fiscal_year) FROM sel) AS last_year,
       (SELECT max(finished_at) FROM load_runs WHERE finished_at IS NOT NULL) AS data_date;
