-- Bulk-loads the chunk's non-money figures from the staged file, under the key the chunk gave its disclosure (joined by file number).
INSERT INTO fact
SELECT d.disclosure_key, s.* EXCLUDE (file_number)
FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {
    'file_number': 'INTEGER', 'table_id': 'VARCHAR', 'line_code': 'VARCHAR', 'line_name': 'VARCHAR',
    'detail': 'VARCHAR', 'measure': 'VARCHAR', 'stat': 'VARCHAR', 'base': 'VARCHAR', 'value': 'DECIMAL(22,6)',
    'source_value': 'VARCHAR', 'unit': 'VARCHAR', 'origin': 'VARCHAR', 'section': 'VARCHAR',
    'source_line': 'INTEGER', 'note': 'VARCHAR', 'file_line': 'INTEGER',
    'verified': 'VARCHAR'}) AS s
JOIN stage_disclosure d ON d.file_number = s.file_number;
