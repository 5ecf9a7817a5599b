-- Stages the chunk's input files (one row per file that was read, loaded or rejected).
CREATE OR REPLACE TEMP TABLE stage_file AS
SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'source_file': 'VARCHAR', 'file_kind': 'VARCHAR', 'content_sha256': 'VARCHAR', 'rules_version': 'VARCHAR',
    'disclosure_id': 'VARCHAR', 'status': 'VARCHAR', 'records_read': 'INTEGER', 'records_loaded': 'INTEGER',
    'records_rejected': 'INTEGER', 'run_id': 'INTEGER'});
