-- One row per loaded disclosure (agency x fiscal year x kind), with its agency's region and sector.
CREATE OR REPLACE VIEW disclosures AS
SELECT d.disclosure_id, d.agency_id, a.agency_name, a.region_code, a.province, a.city, a.county, a.sector,
       a.admin_level, a.scope, d.fiscal_year, d.kind, d.title, d.published, d.source_doc, d.source_file,
       d.content_sha256, d.encoding, d.loaded_at, d.line_item_count, d.fact_count, d.table_count, d.reject_count,
       d.note
FROM disclosure d
LEFT JOIN agency a USING (agency_id);

COMMENT ON VIEW disclosures IS 'One row per loaded disclosure (agency x fiscal year x kind) with its region, sector and source files.';
