-- Checks made, by status, and error-severity failures (the audit command's exit code). A failure of severity info
-- (a percentage truncated, a share forced to 100%) is counted apart: shown, never counted against a disclosure.
SELECT count(*) FILTER (WHERE status = 'pass'),
       count(*) FILTER (WHERE status = 'fail' AND severity IN ('error', 'warning')),
       count(*) FILTER (WHERE status = 'not_enough_data'),
       count(*) FILTER (WHERE status = 'fail' AND severity = 'error'), count(DISTINCT rule_id),
       count(*) FILTER (WHERE status = 'fail' AND severity = 'info')
FROM audit_result;
