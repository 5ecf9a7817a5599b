-- The agency registry as loaded.
CREATE OR REPLACE VIEW agencies AS
SELECT agency_id, agency_name, region_code, province, city, county, sector, admin_level, scope, unit_type,
       parent_id, aliases, registry_file, registry_line
FROM agency;

COMMENT ON VIEW agencies IS 'The agency registry: id, name, GB/T 2260 region, sector, level, scope.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'agencies').
COMMENT ON COLUMN agencies.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN agencies.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN agencies.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN agencies.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN agencies.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN agencies.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN agencies.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN agencies.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN agencies.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN agencies.unit_type IS 'Unit type as registered: 行政, 参公, 事业, 混合 (a 汇总 of several). Blank (NULL) = not stated.';
COMMENT ON COLUMN agencies.parent_id IS 'The agency_id of the parent agency. Blank (NULL) = not stated.';
COMMENT ON COLUMN agencies.aliases IS 'Other names of the agency (renames), separated by |. Blank (NULL) = not stated.';
COMMENT ON COLUMN agencies.registry_file IS 'The agencies.csv the agency was registered in.';
COMMENT ON COLUMN agencies.registry_line IS 'Line of registry_file.';
