-- The dimensions every metric carries, one row per disclosure: who, where, which sector and level, which year.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- disclosure_dims); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.disclosure_dims_live;
CREATE OR REPLACE TEMP VIEW disclosure_dims_live AS
SELECT d.disclosure_id, d.agency_id, a.agency_name, a.region_code, a.province, a.city, a.county, a.sector,
       a.admin_level, a.scope, d.fiscal_year, d.kind
FROM disclosure d
LEFT JOIN agency a USING (agency_id);

-- Materialized: disclosure_dims reads a stored copy of disclosure_dims_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE disclosure_dims_store AS SELECT * FROM disclosure_dims_live;
CREATE OR REPLACE VIEW disclosure_dims AS SELECT * FROM disclosure_dims_store;

COMMENT ON VIEW disclosure_dims IS 'Dimensions of each disclosure: agency, region, sector, level, year, kind.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'disclosure_dims').
COMMENT ON COLUMN disclosure_dims.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN disclosure_dims.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN disclosure_dims.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN disclosure_dims.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN disclosure_dims.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN disclosure_dims.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN disclosure_dims.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN disclosure_dims.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN disclosure_dims.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN disclosure_dims.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN disclosure_dims.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN disclosure_dims.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
