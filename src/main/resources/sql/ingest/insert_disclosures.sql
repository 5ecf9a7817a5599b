-- Adds the chunk's disclosures.
INSERT INTO disclosure
SELECT disclosure_key, disclosure_id, agency_id, fiscal_year, kind, title, published, source_doc, note, source_file,
       content_sha256, encoding, line_item_count, fact_count, table_count, reject_count, run_id,
       current_timestamp::TIMESTAMP, input_file
FROM stage_disclosure;
