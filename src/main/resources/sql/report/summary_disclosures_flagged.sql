-- description: Summary: how many disclosures of the region and sector (all years and kinds) have an error-severity
--   finding outside completeness (they contradict themselves), a completeness finding (incomplete), and figures
--   their extraction could not prove (unproven or part of a failed identity), with how many such figures.
-- parameters: $1 region code prefix (NULL: all), $2 sector (NULL: all)
WITH sel AS (
    SELECT disclosure_id FROM disclosure_dims
    WHERE ($1 IS NULL OR starts_with(region_code, $1))
      AND ($2 IS NULL OR sector = $2)
), f AS (
    SELECT disclosure_id,
           bool_or(severity = 'error' AND family <> 'completeness') AS contradicts,
           bool_or(family = 'completeness' AND severity <> 'info') AS incomplete
    FROM audit_findings
    WHERE disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
), c AS (
    SELECT disclosure_id, sum(figures) AS figures, sum(unproven + failed) AS not_proven
    FROM extraction_confidence
    WHERE disclosure_id IN (SELECT disclosure_id FROM sel)
    GROUP BY disclosure_id
)
SELECT count(*) FILTER (WHERE f.contradicts) AS contradicting,
       count(*) FILTER (WHERE f.incomplete) AS incomplete,
       count(c.disclosure_id) AS extracted,
       count(*) FILTER (WHERE c.not_proven > 0) AS with_unproven,
       coalesce(sum(c.figures), 0) AS extracted_figures,
       coalesce(sum(c.not_proven), 0) AS unproven_figures
FROM sel s
LEFT JOIN f USING (disclosure_id)
LEFT JOIN c USING (disclosure_id);
