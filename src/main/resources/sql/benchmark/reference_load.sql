-- The reference for ingest speed: DuckDB's own read_csv of the same disclosure files into a table, every column
-- as text (no validation, no conversion). DuckDB's comment = '#' would cut lines at any '#' (the parts of a line
-- are written #1, #2), so every line is read, front matter padded with NULLs, and only the figure rows kept.
CREATE OR REPLACE TABLE reference_load AS
SELECT * FROM read_csv(?, header = false, auto_detect = false, null_padding = true, delim = ',', quote = '"',
    escape = '"', filename = true, columns = {
    'table_id': 'VARCHAR', 'line_code': 'VARCHAR', 'line_name': 'VARCHAR', 'detail': 'VARCHAR',
    'measure': 'VARCHAR', 'stat': 'VARCHAR', 'base': 'VARCHAR', 'value': 'VARCHAR', 'unit': 'VARCHAR',
    'origin': 'VARCHAR', 'section': 'VARCHAR', 'source_line': 'VARCHAR', 'note': 'VARCHAR'})
WHERE NOT starts_with(table_id, '#') AND table_id <> 'table_id';
