-- Whether the warehouse records its generations (one made by an older release, opened read-only, does not yet).
SELECT count(*) FROM duckdb_tables() WHERE table_name = 'generations' AND NOT temporary;
