-- 三公 经费: the total and its components (因公出国（境）, 公务用车购置及运行 and its two parts, 公务接待) per agency,
-- fiscal year and phase:
--   final             决算数 (a 决算's 三公 table or narrative)
--   budget_full_year  全年预算数 (the 决算 table's 预算数 column)
--   budget            预算数 of a 预算 disclosure (年初)
-- with the change on the year before and its rate. A disclosure's narrative change ("比上年增加0.09万元") yields the
-- prior year (1.92 − 0.09 = 1.83, origin derived), so one disclosure already gives two years. Where several
-- disclosures state the same year, the year's own disclosure wins, then a table cell, then the narrative;
-- sources counts them and sources_disagree flags a conflict (the audit checks these).
CREATE OR REPLACE VIEW three_public_live AS
WITH components(line_code, component_zh, ord) AS (
    VALUES ('total', '“三公”经费合计', 0), ('abroad', '因公出国（境）费', 1),
           ('vehicles', '公务用车购置及运行（维护）费', 2), ('vehicle_purchase', '公务用车购置费', 3),
           ('vehicle_running', '公务用车运行（维护）费', 4), ('reception', '公务接待费', 5)
), stated AS (
    SELECT y.agency_id, y.figure_year, y.line_code, y.amount, y.origin, y.derivation, y.disclosure_id,
           y.source_line, d.fiscal_year AS disclosure_year,
           CASE WHEN y.kind = 'final' AND y.measure = 'total' THEN 'final'
                WHEN y.kind = 'final' AND y.measure = 'budget_full_year' THEN 'budget_full_year'
                WHEN y.kind = 'budget' AND y.measure = 'total' THEN 'budget' END AS phase
    FROM year_figure_store y JOIN disclosure d USING (disclosure_id)
    WHERE y.table_id = 'three_public' AND y.detail = '' AND y.amount IS NOT NULL
      AND y.line_code IN (SELECT line_code FROM components)
), ranked AS (
    SELECT *,
           row_number() OVER w AS rank,
           count(*) OVER (PARTITION BY agency_id, figure_year, phase, line_code) AS sources,
           min(amount) OVER (PARTITION BY agency_id, figure_year, phase, line_code)
               <> max(amount) OVER (PARTITION BY agency_id, figure_year, phase, line_code) AS sources_disagree
    FROM stated
    WHERE phase IS NOT NULL
    WINDOW w AS (PARTITION BY agency_id, figure_year, phase, line_code
                 ORDER BY CASE WHEN disclosure_year = figure_year THEN 0 ELSE 1 END,
                          CASE origin WHEN 'table' THEN 0 WHEN 'narrative' THEN 1 ELSE 2 END, source_line)
), chosen AS (
    SELECT * FROM ranked WHERE rank = 1
)
SELECT a.agency_name, a.region_code, a.province, a.city, a.county, a.sector, a.admin_level,
       c.agency_id, c.figure_year AS fiscal_year, c.phase, c.line_code AS component, k.component_zh,
       c.amount, p.amount AS prior_year_amount, c.amount - p.amount AS change,
       pct_of(c.amount - p.amount, p.amount) AS change_pct,
       c.disclosure_id AS source_disclosure, c.origin, c.derivation, c.sources, c.sources_disagree,
       '三公经费 (万元); change = this year − prior year; change_pct = change ÷ prior year' AS formula
FROM chosen c
JOIN components k USING (line_code)
LEFT JOIN chosen p
       ON p.agency_id = c.agency_id AND p.phase = c.phase AND p.line_code = c.line_code
      AND p.figure_year = c.figure_year - 1
LEFT JOIN agency a ON a.agency_id = c.agency_id
ORDER BY c.agency_id, c.figure_year, c.phase, k.ord;

-- Materialized: three_public reads a stored copy of three_public_live, rebuilt whenever a load changed the warehouse.
CREATE OR REPLACE TABLE three_public_store AS SELECT * FROM three_public_live;
-- audit_flag: an error-severity audit finding concerns a table this metric reads (docs/rules.md);
-- unproven_flag: a figure of such a table was booked unproven or failed by the extractor (docs/extraction.md).
CREATE OR REPLACE VIEW three_public AS
SELECT *, audit_flagged(source_disclosure, ['three_public']) AS audit_flag,
       unproven_flagged(source_disclosure, ['three_public']) AS unproven_flag FROM three_public_store;

COMMENT ON VIEW three_public IS '三公 total and components per agency, year and phase, with the prior year and the change. docs/metrics.md';
