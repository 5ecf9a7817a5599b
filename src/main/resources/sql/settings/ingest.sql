-- Settings of the loading connection. Memory stays bounded whatever the input size (DuckDB's default is 80% of
-- RAM), and row order within a load is not needed (every row carries its file and line), which lets read_csv
-- load in parallel with less memory.
SET memory_limit = '1GB';
SET preserve_insertion_order = false;
