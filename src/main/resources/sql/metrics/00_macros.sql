-- Exact rounding for metrics. DuckDB divides DECIMALs in DOUBLE; these macros divide in integers instead, so a
-- rate rounds as a person rounds it (half away from zero, on the exact quotient of the stored 万元 amounts).
-- ratio2(n, d): n ÷ d to 2 decimals; NULL when either is NULL or d is 0 (never 0 or infinity).
CREATE OR REPLACE MACRO ratio2(n, d) AS
    CASE WHEN n IS NULL OR d IS NULL OR d = 0 THEN NULL
         ELSE (sign(n) * sign(d) * ((abs(n * 1000000)::HUGEINT * 200 + abs(d * 1000000)::HUGEINT)
               // (2 * abs(d * 1000000)::HUGEINT)))::DECIMAL(38, 0) * 0.01
    END;

-- pct_of(n, d): n ÷ d × 100 to 2 decimals, exact; NULL when d is NULL or 0.
CREATE OR REPLACE MACRO pct_of(n, d) AS ratio2(n * 100, d);

-- Where a figure comes from, for a metric's provenance columns: table.line.measure (origin line N).
CREATE OR REPLACE MACRO figure_source(table_id, line_code, measure, origin, source_line) AS
    CASE WHEN table_id IS NULL THEN NULL
         ELSE table_id || '.' || line_code || '.' || measure || ' (' || origin || ' line ' || source_line || ')'
    END;

-- The filters every named query takes (sql/queries), in one place: a row is kept when each given filter matches
-- (a NULL filter keeps everything). agency: the id, or any part of the name (contains(): ' and % are plain
-- characters); region: a GB/T 2260 code prefix (65 = the province, 6501 = the city); sector: equal.
CREATE OR REPLACE MACRO query_filter(fiscal_year, agency_id, agency_name, region_code, sector,
                                     year_filter, agency_filter, region_filter, sector_filter) AS
    (year_filter IS NULL OR fiscal_year = year_filter)
    AND (agency_filter IS NULL OR agency_id = agency_filter OR contains(agency_name, agency_filter))
    AND (region_filter IS NULL OR starts_with(region_code, region_filter))
    AND (sector_filter IS NULL OR sector = sector_filter);

-- Whether a disclosure has an error-severity audit failure in one of the given tables (a failed check's subject
-- starts with its table). Metric views use it to flag rows built on figures that fail a rule (docs/rules.md).
CREATE OR REPLACE MACRO audit_flagged(disclosure, tables) AS
    EXISTS (SELECT 1 FROM audit_result a
            WHERE a.disclosure_id = disclosure AND a.status = 'fail' AND a.severity = 'error'
              AND list_contains(tables, split_part(a.subject, '.', 1)));

-- unproven_flagged(disclosure, tables): a figure of those tables that the extractor could not prove by an identity
-- of its table (verified 'unproven' or 'failed', docs/extraction.md) is among the disclosure's figures. Figures
-- written by hand (verified NULL) never flag.
CREATE OR REPLACE MACRO unproven_flagged(disclosure, tables) AS
    EXISTS (SELECT 1 FROM line_item li JOIN disclosure d USING (disclosure_key)
            WHERE d.disclosure_id = disclosure AND li.verified IN ('unproven', 'failed')
              AND list_contains(tables, li.table_id));

-- median2(v), quantile2(v, q): a median or quartile of DECIMAL figures to 2 decimals, rounded half away from zero.
-- DuckDB's median of DECIMAL(p, 2) truncates the interpolated value (median of 59.71 and 88.54 gives 74.12, not
-- 74.13): widening to 6 decimals first keeps the exact midpoint, then round() rounds it as every other metric.
CREATE OR REPLACE MACRO median2(v) AS round(median(v::DECIMAL(38, 6)), 2);
CREATE OR REPLACE MACRO quantile2(v, q) AS round(quantile_cont(v::DECIMAL(38, 6), q), 2);
