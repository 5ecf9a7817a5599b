-- The metrics metric_values holds (for checking --metric).
SELECT DISTINCT metric FROM metric_values ORDER BY metric;
