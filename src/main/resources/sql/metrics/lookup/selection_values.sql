-- What a selection can name: the years, the regions (code and name, by province and city) and the sectors the
-- warehouse holds, each as one comma-separated list (for the message of an empty selection).
SELECT (SELECT string_agg(DISTINCT CAST(fiscal_year AS VARCHAR), ', ' ORDER BY CAST(fiscal_year AS VARCHAR))
        FROM disclosure_dims) AS years,
       (SELECT string_agg(DISTINCT region_code, ', ' ORDER BY region_code) FROM disclosure_dims) AS regions,
       (SELECT string_agg(DISTINCT sector, ', ' ORDER BY sector) FROM disclosure_dims) AS sectors;
