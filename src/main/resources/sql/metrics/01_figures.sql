-- One value per figure of a disclosure: for each disclosure, table, line, detail and measure, the amount as
-- stated (stat blank), preferring the table cell to the narrative and then the first statement. statements counts
-- how often the figure is stated; conflicting is true when the statements disagree (a narrative that contradicts
-- its table). Every metric reads its inputs from here.
CREATE OR REPLACE VIEW figures_live AS
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
       a.admin_level, a.scope, d.fiscal_year, d.kind, c.table_id, c.line_code, c.line_name, c.detail, c.measure,
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
