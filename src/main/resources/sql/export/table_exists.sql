-- Whether the warehouse has a base table (a warehouse written before the audit existed has no audit tables).
SELECT count(*) > 0 FROM duckdb_tables() WHERE table_name = ?
