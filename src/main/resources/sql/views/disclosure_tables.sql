-- The tables each disclosure publishes (its _table rows), empty ones with their 空表说明.
CREATE OR REPLACE VIEW disclosure_tables AS
SELECT d.disclosure_id, t.table_id, t.title, t.published_number, t.unit, t.empty_note IS NOT NULL AS is_empty,
       t.empty_note, t.source_line
FROM disclosure_table t
JOIN disclosure d USING (disclosure_key);

COMMENT ON VIEW disclosure_tables IS 'The tables each disclosure publishes, empty ones with their 空表说明.';
