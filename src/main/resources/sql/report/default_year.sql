-- description: The fiscal year a report reviews when none is given: the latest year with a disclosure of the
--   given kind and scope in the region and sector (NULL when there is none).
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all), $3 kind, $4 scope
SELECT max(fiscal_year) FROM disclosure_dims
WHERE kind = $3 AND scope = $4
  AND ($1 IS NULL OR starts_with(region_code, $1))
  AND ($2 IS NULL OR sector = $2);
