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

-- money2(x): an amount in 万元 as the metric views show it, DECIMAL(18, 2), rounded half away from zero to 0.01 万元
-- (100 元, the precision the tables publish); rates are computed on the exact amounts before this. An amount beyond
-- DECIMAL(18, 2)'s 16 integer digits (only a difference of two amounts near the loader's limit of 10^16 万元 can be)
-- is NULL, never a wrong number.
CREATE OR REPLACE MACRO money2(x) AS
    CASE WHEN abs(round(x, 2)) < 10000000000000000 THEN round(x, 2)::DECIMAL(18, 2) END;

-- median2(v), quantile2(v, q): the median or a quartile of DECIMAL values by linear interpolation (as quantile_cont:
-- the median of 95.23 and 95.24 is 95.235), computed in DECIMAL and rounded half away from zero to 2 decimals like
-- every other metric: 95.24. DuckDB's own median of DECIMAL(p, 2) truncates the interpolated value to the column's
-- scale (95.23), and DuckDB 1.0 truncates it even after widening the scale, so the interpolation is done here, on
-- the sorted values, and reads the same in any DuckDB client from 1.0 on. NULLs are left out; no value gives NULL.
-- interpolate2(s, q): the q-quantile (0 ≤ q ≤ 1) of the sorted list s.
CREATE OR REPLACE MACRO interpolate2(s, q) AS
    CASE WHEN len(s) = 0 THEN NULL
         ELSE round(s[1 + floor((len(s) - 1) * q::DECIMAL(5, 4))::BIGINT]::DECIMAL(38, 6)
                    + ((len(s) - 1) * q::DECIMAL(5, 4) - floor((len(s) - 1) * q::DECIMAL(5, 4)))
                      * (s[1 + ceil((len(s) - 1) * q::DECIMAL(5, 4))::BIGINT]::DECIMAL(38, 6)
                         - s[1 + floor((len(s) - 1) * q::DECIMAL(5, 4))::BIGINT]::DECIMAL(38, 6)), 2)
    END;
CREATE OR REPLACE MACRO quantile2(v, q) AS
    interpolate2(list_sort(list(v::DECIMAL(38, 6)) FILTER (WHERE v IS NOT NULL)), q);
CREATE OR REPLACE MACRO median2(v) AS quantile2(v, 0.5);

-- rate_truncated(rate, stated, half_unit, input_rounding): the stated rate is the recomputed one truncated instead of
-- rounded — the same sign (or 0), smaller in size, by less than one unit of its stated precision (2 × half_unit) plus
-- how far the inputs' rounding moves the rate. The rate rules (sql/audit/stated_*pct.sql) make such a rate info.
CREATE OR REPLACE MACRO rate_truncated(rate, stated, half_unit, input_rounding) AS
    (sign(stated) = sign(rate) OR stated = 0) AND abs(rate) > abs(stated)
    AND abs(rate) - abs(stated) < 2 * half_unit + input_rounding;
