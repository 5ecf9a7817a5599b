-- Checks made, by status, and error-severity failures (the audit command's exit code).
SELECT count(*) FILTER (WHERE status = 'pass'), count(*) FILTER (WHERE status = 'fail'),
       count(*) FILTER (WHERE status = 'not_enough_data'),
       count(*) FILTER (WHERE status = 'fail' AND severity = 'error'), count(DISTINCT rule_id)
FROM audit_result;
