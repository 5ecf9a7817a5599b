-- Whether the metric views exist (not yet in a new warehouse: they are created over its empty tables).
SELECT count(*) FROM duckdb_views() WHERE view_name = 'metric_values' AND NOT temporary;
