-- One value per figure of a disclosure: for each disclosure, table, line, detail and measure, the amount as
-- stated (stat blank), preferring the table cell to the narrative and then the first statement. statements counts
-- how often the figure is stated; conflicting is true when the statements disagree (a narrative that contradicts
-- its table). Every metric reads its inputs from here.
-- The live definition is a temporary view of the refreshing connection (only the stored copy below is read, by
-- figures); a warehouse written by an older release had it stored, and loses it here.
DROP VIEW IF EXISTS main.figures_live;
CREATE OR REPLACE TEMP VIEW figures_live AS
WITH stated AS (
    SELECT disclosure_key, table_id, line_code, detail, measure, line_name, amount, origin, source_line, note,
           verified, source_value, source_unit,
           (CASE origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END)::BIGINT * 1000000000 + source_line
               AS preference
    FROM line_item
    WHERE stat = '' AND amount IS NOT NULL
), chosen AS (
    SELECT disclosure_key, table_id, line_code, detail, measure,
           arg_min(amount, preference) AS amount,
           arg_min(origin, preference) AS origin,
           arg_min(source_line, preference) AS source_line,
           arg_min(line_name, preference) AS line_name,
           arg_min(note, preference) AS note,
           arg_min(verified, preference) AS verified,
           arg_min(source_value, preference) AS source_value,
           arg_min(source_unit, preference) AS source_unit,
           count(*) AS statements,
           min(amount) <> max(amount) AS conflicting
    FROM stated
    GROUP BY disclosure_key, table_id, line_code, detail, measure
)
SELECT d.disclosure_id, d.agency_id, a.agency_name, a.region_code, a.province, a.city, a.county, a.sector,
       a.admin_level, a.scope, d.fiscal_year, d.kind, c.table_id, c.line_code, code_level(c.line_code) AS code_level,
       c.line_name, c.detail, c.measure,
       c.amount, c.origin, c.source_line, c.statements, c.conflicting, d.source_doc, c.verified,
       -- half a unit of the precision the figure is stated with, in 万元 (17192万元: 0.5; 171,915,169元: 0.00005)
       (CASE WHEN contains(coalesce(c.source_value, ''), '.')
             THEN 0.5 / pow(10, length(split_part(c.source_value, '.', 2))) ELSE 0.5 END)
           * CASE c.source_unit WHEN '元' THEN 0.0001 WHEN '千元' THEN 0.1 WHEN '亿元' THEN 10000 ELSE 1 END
           AS stated_half,
       CASE WHEN regexp_matches(coalesce(c.note, ''), '^(\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)')
                THEN regexp_extract(c.note, '^((\S+\.(pdf|xlsx) )?(p\. \d+|sheet \d+)[^;]*)', 1)
                ELSE 'line ' || c.source_line END
           || CASE WHEN c.verified IN ('unproven', 'failed') THEN ', ' || c.verified ELSE '' END AS source_ref
FROM chosen c
JOIN disclosure d USING (disclosure_key)
LEFT JOIN agency a USING (agency_id);

-- Materialized: figures reads a stored copy of figures_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE figures_store AS SELECT * FROM figures_live;
CREATE OR REPLACE VIEW figures AS SELECT * FROM figures_store;

COMMENT ON VIEW figures IS 'One value per disclosure, table, line, detail and measure (table cell over narrative); conflicting = statements disagree.';

-- Every column, for ad-hoc SQL (SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'figures').
COMMENT ON COLUMN figures.disclosure_id IS 'The disclosure: agency_id/fiscal_year/kind, e.g. 630103-ylbzj/2024/final.';
COMMENT ON COLUMN figures.agency_id IS 'Agency id (region code + pinyin initials, e.g. 630103-ylbzj); stable across years and files.';
COMMENT ON COLUMN figures.agency_name IS 'Agency name (机构名称) as registered in agencies.csv.';
COMMENT ON COLUMN figures.region_code IS 'GB/T 2260 division code of the agency (630103 = 西宁市城中区); a prefix selects a province (63) or city (6301).';
COMMENT ON COLUMN figures.province IS 'Province (省) of the agency''s region.';
COMMENT ON COLUMN figures.city IS 'City (市/州) of the agency''s region. Blank (NULL or empty) = a provincial agency.';
COMMENT ON COLUMN figures.county IS 'County or district (县/区) of the agency''s region. Blank (NULL or empty) = a city or provincial agency.';
COMMENT ON COLUMN figures.sector IS 'Sector (行业) as registered, e.g. 医疗保障.';
COMMENT ON COLUMN figures.admin_level IS 'Administrative level of the agency: province, city or county.';
COMMENT ON COLUMN figures.scope IS '本级 (the agency itself) or 汇总 (with its subordinate units). A 汇总 contains its 本级: never add the two.';
COMMENT ON COLUMN figures.fiscal_year IS 'Fiscal year (财政年度) the row describes.';
COMMENT ON COLUMN figures.kind IS 'Disclosure kind: budget (预算公开), final (决算公开) or performance (绩效自评).';
COMMENT ON COLUMN figures.table_id IS 'Canonical table of the figure (catalog/tables.csv), e.g. gpb_expenditure = 一般公共预算财政拨款支出表.';
COMMENT ON COLUMN figures.line_code IS 'Line of the table: a 支出功能分类 code (208, 20805, 2080505) or a named line (total, basic, …; catalog/lines.csv).';
COMMENT ON COLUMN figures.code_level IS 'Level of a classified line: 类 (3-digit code), 款 (5), 项 (7); blank for a named line (total, basic …). A 类 is the sum of its 款 and a 款 of its 项: sum one level only.';
COMMENT ON COLUMN figures.line_name IS 'The line''s name as published. Blank (NULL) = not stated.';
COMMENT ON COLUMN figures.detail IS 'Detail within the line (a project, a part number #2 …); empty for the line itself. Details are parts of their line: do not add them to it.';
COMMENT ON COLUMN figures.measure IS 'Column of the table (catalog/measures.csv): total, basic, project, budget_initial, budget_full_year, …';
COMMENT ON COLUMN figures.amount IS 'The amount in 万元, exact as published (DECIMAL(22,6)); one value per figure (table cell before narrative). Never NULL here: a figure not stated is absent.';
COMMENT ON COLUMN figures.origin IS 'Where the figure comes from: table (a cell), narrative (the 说明 text) or derived (computed from stated figures, see derivation).';
COMMENT ON COLUMN figures.source_line IS 'Line of the normalized file that states the figure.';
COMMENT ON COLUMN figures.statements IS 'How many times the disclosure states this figure (table and narrative).';
COMMENT ON COLUMN figures.conflicting IS 'True when the statements of the figure disagree; amount is the table''s.';
COMMENT ON COLUMN figures.source_doc IS 'The original document (relative path under the data folder) the figure is traceable to.';
COMMENT ON COLUMN figures.verified IS 'Extractor''s check: proven (an identity of its table holds), unproven (no identity covers it), failed (one fails); blank = written by hand.';
COMMENT ON COLUMN figures.stated_half IS 'Half a unit of the precision the figure is published with, in 万元 (17192万元: 0.5; 171,915,169元: 0.00005): the rounding tolerance of the audit.';
COMMENT ON COLUMN figures.source_ref IS 'Where a reader finds the figure: the page, table and row of a PDF, else the line of the file; unproven or failed figures say so.';
