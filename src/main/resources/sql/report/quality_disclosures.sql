-- description: Data quality per disclosure of the report's region and sector: audit checks failed (error and
--   warning severity) and checks without enough data, and for extracted disclosures the share of table figures
--   proven by their table's identities and how many failed one, so a reviewer sees which numbers to distrust.
--   Most errors first.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all)
WITH sel AS (
    SELECT * FROM disclosure_dims
    WHERE ($1 IS NULL OR starts_with(region_code, $1))
      AND ($2 IS NULL OR sector = $2)
), r AS (
    SELECT disclosure_id,
           count(*) FILTER (WHERE status = 'fail' AND severity = 'error') AS errors,
           count(*) FILTER (WHERE status = 'fail' AND severity = 'warning') AS warnings,
           count(*) FILTER (WHERE status = 'pass') AS passed,
           count(*) FILTER (WHERE status = 'not_enough_data') AS not_enough_data
    FROM audit_result
    WHERE disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
), c AS (
    -- extraction confidence: the extracted table figures proven by their table's identities (NULL: written by hand)
    SELECT disclosure_id, sum(figures) AS table_figures, sum(failed) AS unproven_failed,
           round(100.0 * sum(proven) / sum(figures), 1) AS proven_pct
    FROM extraction_confidence
    WHERE disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
)
SELECT s.agency_name, s.fiscal_year, s.kind, s.region_code, coalesce(r.errors, 0) AS errors,
       coalesce(r.warnings, 0) AS warnings, coalesce(r.passed, 0) AS passed,
       coalesce(r.not_enough_data, 0) AS not_enough_data, c.proven_pct, c.unproven_failed, s.disclosure_id
FROM sel s
LEFT JOIN r USING (disclosure_id)
LEFT JOIN c USING (disclosure_id)
ORDER BY errors DESC, warnings DESC, s.agency_name, s.fiscal_year, s.kind;
