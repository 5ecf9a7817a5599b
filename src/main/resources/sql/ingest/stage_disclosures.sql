-- Stages the chunk's disclosures that load (their keys are assigned by the loader).
CREATE OR REPLACE TEMP TABLE stage_disclosure AS
SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'disclosure_key': 'INTEGER', 'disclosure_id': 'VARCHAR', 'agency_id': 'VARCHAR', 'fiscal_year': 'INTEGER',
    'kind': 'VARCHAR', 'title': 'VARCHAR', 'published': 'DATE', 'source_doc': 'VARCHAR', 'note': 'VARCHAR',
    'source_file': 'VARCHAR', 'content_sha256': 'VARCHAR', 'encoding': 'VARCHAR', 'line_item_count': 'INTEGER',
    'fact_count': 'INTEGER', 'table_count': 'INTEGER', 'reject_count': 'INTEGER', 'run_id': 'INTEGER',
    'file_number': 'INTEGER', 'input_file': 'VARCHAR'});
