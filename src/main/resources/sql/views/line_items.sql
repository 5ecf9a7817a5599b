-- Every money figure of every disclosure, in 万元 (amount is NULL when the published cell was blank or a dash).
-- origin tells table cells from figures stated in the narrative; source_doc + source_line find it in the original.
CREATE OR REPLACE VIEW line_items AS
SELECT d.disclosure_id, d.agency_id, d.fiscal_year, d.kind, li.table_id, li.line_code, li.line_name, li.detail,
       li.measure, li.stat, li.base, li.amount, li.source_value, li.source_unit, li.origin, li.section,
       d.source_doc, li.source_line, li.note, d.source_file, li.file_line, li.verified,
       -- where a reader finds it: the page (and table and row) of a PDF from the note, else the line; unproven or
       -- failed figures say so
       CASE WHEN regexp_matches(coalesce(li.note, ''), '^(\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)')
                THEN regexp_extract(li.note, '^((\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)[^;]*)', 1)
                ELSE 'line ' || li.source_line END
           || CASE WHEN li.verified IN ('unproven', 'failed') THEN ', ' || li.verified ELSE '' END AS source_ref
FROM line_item li
JOIN disclosure d USING (disclosure_key);

COMMENT ON VIEW line_items IS 'Every money figure in 万元 (amount NULL = published blank); origin table/narrative/derived; source_doc + source_line find it in the original (note: the page of a PDF); verified: proven/unproven/failed by the extractor, NULL when written by hand.';
