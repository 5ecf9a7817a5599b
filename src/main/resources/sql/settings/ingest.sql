-- Settings of the loading connection. Memory stays bounded whatever the input size (DuckDB's default is 80% of
-- RAM), and row order within a load is not needed (every row carries its file and line), which lets read_csv
-- load in parallel with less memory.
SET memory_limit = '1GB';
SET preserve_insertion_order = false;
-- Each chunk commits on its own (restart safety), but checkpointing the WAL into the database file after every
-- chunk (DuckDB's default threshold is 16 MB of WAL) was the largest single cost of a load: the WAL now grows to
-- 1 GB and the job checkpoints once at the end. A killed run still replays its committed chunks from the WAL.
SET checkpoint_threshold = '1GB';
