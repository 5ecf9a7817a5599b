-- Settings of a read-only connection (sql, query, report, export). DuckDB's default memory limit is 80% of RAM:
-- on a province-decade warehouse the named queries alone took the process past 5 GB. Capped like the loading
-- connection; larger sorts and joins spill to DuckDB's temporary directory instead.
SET memory_limit = '1GB';
