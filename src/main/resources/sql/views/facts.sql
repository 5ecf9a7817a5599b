-- Every figure that is not money: headcounts, vehicles, counts, scores, stated percentages.
CREATE OR REPLACE VIEW facts AS
SELECT d.disclosure_id, d.agency_id, d.fiscal_year, d.kind,
       f.table_id || '.' || f.line_code || '.' || f.measure || CASE WHEN f.stat = '' THEN '' ELSE ':' || f.stat END
           AS name,
       f.table_id, f.line_code, f.line_name, f.detail, f.measure, f.stat, f.base, f.value, f.unit, f.source_value,
       f.origin, f.section, d.source_doc, f.source_line, f.note, d.source_file, f.file_line, f.verified,
       CASE WHEN regexp_matches(coalesce(f.note, ''), '^(\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)')
                THEN regexp_extract(f.note, '^((\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)[^;]*)', 1)
                ELSE 'line ' || f.source_line END
           || CASE WHEN f.verified IN ('unproven', 'failed') THEN ', ' || f.verified ELSE '' END AS source_ref
FROM fact f
JOIN disclosure d USING (disclosure_key);

COMMENT ON VIEW facts IS 'Every figure that is not money: headcounts, counts, scores, stated percentages; name = table.line.measure[:stat].';
