-- What the audit found, for the line ingest ends with: error and warning findings and the disclosures they concern
-- (info findings are shown with the others and counted nowhere).
SELECT count(*) FILTER (WHERE severity = 'error') AS errors,
       count(*) FILTER (WHERE severity = 'warning') AS warnings,
       count(DISTINCT disclosure_id) FILTER (WHERE severity IN ('error', 'warning')) AS disclosures
FROM audit_findings;
