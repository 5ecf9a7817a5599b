-- One row per loaded disclosure (agency x fiscal year x kind), with its agency's region and sector.
CREATE OR REPLACE VIEW disclosures AS
SELECT d.disclosure_id, d.agency_id, a.agency_name, a.region_code, a.province, a.city, a.county, a.sector,
       a.admin_level, a.scope, d.fiscal_year, d.kind, d.title, d.published, d.source_doc, d.source_file,
       d.content_sha256, d.encoding, d.loaded_at, d.line_item_count, d.fact_count, d.table_count, d.reject_count,
       d.note
FROM disclosure d
LEFT JOIN agency a USING (agency_id);

COMMENT ON VIEW disclosures IS 'One row per loaded disclosure (agency x fiscal year x kind) with its region, sector and source files.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'disclosures').
COMMENT ON COLUMN disclosures.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN disclosures.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN disclosures.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN disclosures.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN disclosures.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN disclosures.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN disclosures.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN disclosures.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN disclosures.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN disclosures.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN disclosures.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN disclosures.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN disclosures.title IS 'Title of the disclosure as published. Blank (NULL) = not stated.';
COMMENT ON COLUMN disclosures.published IS 'Publication date. Blank (NULL) = not stated.';
COMMENT ON COLUMN disclosures.source_doc IS 'The original document (relative path under the data folder) the figure is traceable to.';
COMMENT ON COLUMN disclosures.source_file IS 'The normalized file the figure was loaded from.';
COMMENT ON COLUMN disclosures.content_sha256 IS 'SHA-256 of the loaded file''s content (a changed file replaces the disclosure).';
COMMENT ON COLUMN disclosures.encoding IS 'Text encoding the file was read in (UTF-8, GB18030 …).';
COMMENT ON COLUMN disclosures.loaded_at IS 'When the disclosure was loaded (local time of the ingest).';
COMMENT ON COLUMN disclosures.line_item_count IS 'Money figures loaded (rows of line_items).';
COMMENT ON COLUMN disclosures.fact_count IS 'Other figures loaded (rows of facts).';
COMMENT ON COLUMN disclosures.table_count IS 'Tables declared (rows of disclosure_tables).';
COMMENT ON COLUMN disclosures.reject_count IS 'Records of the file rejected (see rejects).';
COMMENT ON COLUMN disclosures.note IS 'Note of the disclosure from its file''s front matter. Blank (NULL) = not stated.';
